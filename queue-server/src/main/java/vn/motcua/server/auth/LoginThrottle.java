package vn.motcua.server.auth;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.motcua.server.http.ApiException;

/** After 5 failed logins for one address and user, further tries wait a minute (429). */
public final class LoginThrottle {
    private static final int MAX_FAILURES = 5;
    private static final long LOCK_MILLIS = 60_000;
    private final Clock clock;
    private final ConcurrentMap<String, long[]> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public void check(String key) {
        long[] f = failures.get(key);
        if (f != null && f[0] >= MAX_FAILURES && clock.millis() - f[1] < LOCK_MILLIS) {
            throw new ApiException(429, "too_many_attempts",
                    "Đăng nhập sai quá nhiều lần, thử lại sau 1 phút / too many failed logins, try again in a minute");
        }
    }

    public void failed(String key) {
        failures.compute(key, (k, f) -> {
            long now = clock.millis();
            if (f == null || now - f[1] >= LOCK_MILLIS) {
                return new long[] {1, now};
            }
            return new long[] {f[0] + 1, now};
        });
    }

    public void succeeded(String key) {
        failures.remove(key);
    }
}

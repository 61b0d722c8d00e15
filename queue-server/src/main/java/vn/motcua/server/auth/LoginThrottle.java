package vn.motcua.server.auth;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.motcua.server.http.ApiException;

/**
 * Failed logins slow further tries down instead of locking anyone out: per address across all usernames
 * (a password sprayed over made-up names) and per username across all addresses (one officer's password
 * guessed from many). The first {@value #FREE_FAILURES} failures cost nothing, then each one doubles the
 * wait before the next try, from 1 s up to {@value #MAX_DELAY_SECONDS} s; a quiet quarter hour forgets
 * them. So someone who types a wrong password for an officer every minute delays that officer by at most
 * half a minute, never locks them out.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final int MAX_DELAY_SECONDS = 30;
    private static final long FORGET_MILLIS = 15 * 60_000;
    private static final int MAX_TRACKED = 100_000;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, long last) {
        long allowedAt() {
            if (count <= FREE_FAILURES) {
                return last;
            }
            long seconds = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(20, count - FREE_FAILURES - 1));
            return last + seconds * 1000;
        }
    }

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Refuses (429 with Retry-After) a try made before the wait that earlier failures earned is over. */
    public void check(String address, String username) {
        long now = clock.millis();
        long allowedAt = Math.max(allowedAt(addressKey(address), now), allowedAt(userKey(username), now));
        if (now < allowedAt) {
            long seconds = Math.max(1, (allowedAt - now + 999) / 1000);
            throw new ApiException(429, "too_many_attempts", "Đăng nhập sai nhiều lần, xin thử lại sau " + seconds
                    + " giây / too many failed logins, try again in " + seconds + " s").retryAfter(seconds);
        }
    }

    public void failed(String address, String username) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> clock.millis() - f.last() > FORGET_MILLIS);
        }
        count(addressKey(address));
        count(userKey(username));
    }

    /** The user's own failures are forgiven; the address's stay, or one valid account would reset a spray. */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void count(String key) {
        long now = clock.millis();
        failures.compute(key, (k, f) -> f == null || now - f.last() > FORGET_MILLIS ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
    }

    private long allowedAt(String key, long now) {
        Failures f = failures.get(key);
        return f == null || now - f.last() > FORGET_MILLIS ? 0 : f.allowedAt();
    }

    private static String addressKey(String address) {
        return "ip|" + address;
    }

    private static String userKey(String username) {
        return "user|" + username.toLowerCase(java.util.Locale.ROOT);
    }
}

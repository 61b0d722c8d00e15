package vn.motcua.server.auth;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets by key (a device, a user): {@code burst} at once, refilled at {@code perMinute}. In memory
 * on purpose: a restart forgives, which is what a flood deserves anyway.
 */
public final class RateBuckets {
    private static final int MAX_KEYS = 100_000;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Tokens left and when they were last counted. */
    private record Bucket(double tokens, long at) {
    }

    public RateBuckets(Clock clock) {
        this.clock = clock;
    }

    /** Takes one token from {@code key}'s bucket; false when it is empty. */
    public boolean take(String key, int burst, int perMinute) {
        long now = clock.millis();
        if (buckets.size() >= MAX_KEYS) {
            buckets.clear(); // a flood of distinct keys must not grow this without end
        }
        boolean[] granted = {false};
        buckets.compute(key, (k, b) -> {
            double tokens = b == null ? burst : Math.min(burst, b.tokens() + (now - b.at()) * perMinute / 60_000.0);
            if (tokens >= 1) {
                granted[0] = true;
                return new Bucket(tokens - 1, now);
            }
            return new Bucket(tokens, now);
        });
        return granted[0];
    }

    public void clear() {
        buckets.clear();
    }

    /** The key of a caller: devices and users have separate id spaces. */
    public static String keyOf(Principal p) {
        return (p.device() ? "d" : "u") + p.id();
    }
}

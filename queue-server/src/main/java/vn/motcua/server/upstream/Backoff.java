package vn.motcua.server.upstream;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Delay before the n-th retry in a row: doubling from {@code base}, capped, and jittered over its upper half
 * so 170 centres that lost the hub together do not all come back in the same second.
 */
record Backoff(Duration base, Duration cap, DoubleSupplier random) {
    long delayMillis(int failures) {
        long ceiling = cap.toMillis();
        long d = base.toMillis();
        for (int i = 1; i < failures && d < ceiling; i++) {
            d *= 2;
        }
        d = Math.min(d, ceiling);
        return d / 2 + (long) (random.getAsDouble() * (d - d / 2));
    }
}

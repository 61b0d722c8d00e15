package vn.motcua.server.booking;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.motcua.server.http.ApiException;

/**
 * The public booking endpoint is open to anyone, so one address may make at most {@code limit} booking
 * attempts per {@code windowMillis} (a family booking for several members fits; a script filling the
 * day's slots does not). The per-phone daily limit is checked apart, in the store.
 */
public final class BookingThrottle {
    private final Clock clock;
    private final int limit;
    private final long windowMillis;
    private final ConcurrentMap<String, long[]> attempts = new ConcurrentHashMap<>();

    public BookingThrottle(Clock clock, int limit, long windowMillis) {
        this.clock = clock;
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    public static BookingThrottle defaults(Clock clock) {
        return new BookingThrottle(clock, 10, 10 * 60_000L);
    }

    /** A kiosk looks bookings up by ID card: a visitor a minute is plenty; a script walking numbers is not. */
    public static BookingThrottle kioskLookups(Clock clock) {
        return new BookingThrottle(clock, 30, 10 * 60_000L);
    }

    /** Counts one attempt from {@code address}; refuses with 429 once the window's limit is used. */
    public void attempt(String address) {
        long now = clock.millis();
        long[] a = attempts.compute(address, (k, v) -> v == null || now - v[1] >= windowMillis
                ? new long[] {1, now} : new long[] {v[0] + 1, v[1]});
        if (a[0] > limit) {
            long waitMinutes = Math.max(1, (a[1] + windowMillis - now + 59_999) / 60_000);
            throw new ApiException(429, "too_many_attempts", "Quá nhiều yêu cầu, vui lòng thử lại sau " + waitMinutes
                    + " phút / too many requests, try again in " + waitMinutes + " min");
        }
        if (attempts.size() > 10_000) {
            attempts.entrySet().removeIf(e -> now - e.getValue()[1] >= windowMillis);
        }
    }
}

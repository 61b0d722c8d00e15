package vn.motcua.server.report;

import java.util.Arrays;

/**
 * count, mean, median, p90, max and the share within target of a set of durations, in minutes.
 * Median: the middle value, or the mean of the two middle values. p90: nearest rank, the value at
 * position ceil(0.9 n) of the sorted list. Minutes carry 2 decimals, shares 4.
 */
public record Stats(int count, Double mean, Double median, Double p90, Double max, Double withinTargetShare) {
    static final Stats EMPTY = new Stats(0, null, null, null, null, null);

    /** Sorts {@code millis[0..n)} in place. */
    static Stats of(long[] millis, int n, int withinTarget) {
        if (n == 0) {
            return EMPTY;
        }
        Arrays.sort(millis, 0, n);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += millis[i];
        }
        double median = n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2.0;
        int rank = (int) Math.ceil(0.9 * n);
        return new Stats(n, minutes((double) sum / n), minutes(median), minutes(millis[rank - 1]),
                minutes(millis[n - 1]), share(withinTarget, n));
    }

    /** As {@link #of} for durations that have no target (time set aside). */
    static Stats untargeted(long[] millis, int n) {
        Stats s = of(millis, n, 0);
        return new Stats(s.count, s.mean, s.median, s.p90, s.max, null);
    }

    static double minutes(double millis) {
        return Math.round(millis / 600.0) / 100.0;
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}

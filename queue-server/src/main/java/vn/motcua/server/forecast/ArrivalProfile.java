package vn.motcua.server.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.client.Category;

/**
 * Who is still to come today, learnt from the centre's own days: arrivals per hour of day averaged over the
 * earlier days, scaled by how busy today has been so far against the same hours of those days, and split
 * over services and categories by their shares. A visitor's wait depends on the priority visitors who will
 * arrive after them (and the normal ones who will pass the anti-starvation cap before them) for as long as
 * they wait — hours on a busy morning — so the forecast needs the day's shape, not only the last hour's
 * rate.
 */
final class ArrivalProfile {
    /** Arrivals of evidence added to both sides of today's level, so a quiet first half-hour does not swing it. */
    private static final double LEVEL_PRIOR = 8;

    private final ZoneId zone;
    private final TreeMap<LocalDate, double[]> perDayHour = new TreeMap<>();
    private final Map<String, double[]> byServiceCategory = new HashMap<>(); // "service/category" → {count}
    private double total;

    ArrivalProfile(ZoneId zone) {
        this.zone = zone;
    }

    void observe(String service, Category category, long at) {
        ZonedDateTime z = Instant.ofEpochMilli(at).atZone(zone);
        perDayHour.computeIfAbsent(z.toLocalDate(), d -> new double[24])[z.getHour()]++;
        byServiceCategory.computeIfAbsent(WaitForecast.key(service, category), k -> new double[1])[0]++;
        total++;
    }

    /** Whether there is at least one earlier day to take the shape from. */
    boolean knowsDayBefore(long now) {
        return perDayHour.lowerKey(day(now)) != null;
    }

    /** The share of arrivals that are of this service and category (all days). */
    double share(String service, Category category) {
        double[] n = byServiceCategory.get(WaitForecast.key(service, category));
        return n == null || total == 0 ? 0 : n[0] / total;
    }

    /**
     * Expected arrivals per minute of all services in each hour of the day of {@code now}: the earlier days'
     * mean for that hour times today's level so far.
     */
    double[] perMinuteByHour(long now) {
        double[] usual = new double[24];
        var before = perDayHour.headMap(day(now)).values();
        for (double[] counts : before) {
            for (int h = 0; h < 24; h++) {
                usual[h] += counts[h] / before.size();
            }
        }
        double[] today = perDayHour.getOrDefault(day(now), new double[24]);
        ZonedDateTime z = Instant.ofEpochMilli(now).atZone(zone);
        double seen = 0;
        double expected = 0;
        for (int h = 0; h <= z.getHour(); h++) {
            seen += today[h];
            expected += usual[h] * (h == z.getHour() ? z.getMinute() / 60.0 : 1);
        }
        double level = (seen + LEVEL_PRIOR) / (expected + LEVEL_PRIOR);
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            out[h] = usual[h] * level / 60.0;
        }
        return out;
    }

    private LocalDate day(long at) {
        return Instant.ofEpochMilli(at).atZone(zone).toLocalDate();
    }
}

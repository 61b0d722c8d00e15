package vn.motcua.server.forecast;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import vn.motcua.client.Category;

/**
 * How long a counter is taken by one ticket of a service (call → finish, no-show or transfer), learnt from
 * what was observed: the recent times per service, the same service at this hour of day where there are
 * enough of them, and each officer's speed relative to the service's mean where the officer has enough
 * tickets behind them. Also the pause between a counter's end of one ticket and its next call, and the
 * arrivals per service and category (the last hour's, and the usual shape of a day from the earlier days,
 * {@link ArrivalProfile}) that decide how many priority visitors will still come ahead of a normal one.
 *
 * <p>Not thread-safe; the server builds a fresh one per refresh.
 */
public final class ServiceTimeModel {
    static final int KEEP = 400;
    static final int ENOUGH = 30;
    private static final int OFFICER_ENOUGH = 20;
    private static final long RATE_WINDOW = 60 * 60_000L;

    private final ZoneId zone;
    private final Map<String, Integer> defaults;
    private final Map<String, Deque<Double>> byService = new HashMap<>();
    private final Map<String, Deque<Double>> byServiceHour = new HashMap<>();
    private final Map<Long, double[]> officerSums = new HashMap<>(); // {sum of duration / service mean, n}
    private final Deque<Double> gaps = new ArrayDeque<>();
    private final Deque<long[]> arrivals = new ArrayDeque<>(); // {at, service index, priority 0/1}
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final Map<String, double[]> sortedCache = new HashMap<>();
    private final ArrivalProfile profile;

    /** @param defaultMinutes each service's configured typical duration, used until there is data */
    public ServiceTimeModel(ZoneId zone, Map<String, Integer> defaultMinutes) {
        this.zone = zone;
        this.defaults = Map.copyOf(defaultMinutes);
        this.profile = new ArrivalProfile(zone);
    }

    /** One ticket's time at a counter, in minutes. */
    public void observe(String service, Long officer, long calledAt, double minutes) {
        if (!(minutes > 0)) {
            return;
        }
        double mean = meanMinutes(service);
        push(byService.computeIfAbsent(service, k -> new ArrayDeque<>()), minutes);
        push(byServiceHour.computeIfAbsent(service + "@" + hour(calledAt), k -> new ArrayDeque<>()), minutes);
        if (officer != null) {
            double[] s = officerSums.computeIfAbsent(officer, k -> new double[2]);
            s[0] += minutes / mean;
            s[1]++;
        }
        sortedCache.remove(service);
        sortedCache.remove(service + "@" + hour(calledAt));
    }

    /** The pause between a counter's end of one ticket and its next call while people were waiting. */
    public void observeGap(double minutes) {
        if (minutes >= 0) {
            push(gaps, minutes);
        }
    }

    /** A ticket issued (today's or an earlier day's: the day's shape is learnt from the earlier ones). */
    public void observeArrival(String service, Category category, long at) {
        profile.observe(service, category, at);
        int index = serviceIndex.computeIfAbsent(service, k -> serviceIndex.size());
        arrivals.addLast(new long[] {at, index, category.ordinal()});
        while (arrivals.size() > 5_000) {
            arrivals.removeFirst();
        }
    }

    /**
     * Arrivals per minute of a service's visitors of one category over the hour before {@code now}. Per
     * category, not per normal/priority: a future elderly visitor goes ahead of a waiting appointment or
     * child-carer visitor, a future appointment visitor does not (the policy orders by category weight).
     */
    public double arrivalRate(String service, Category category, long now) {
        Integer index = serviceIndex.get(service);
        if (index == null) {
            return 0;
        }
        int n = 0;
        for (var it = arrivals.descendingIterator(); it.hasNext(); ) {
            long[] a = it.next();
            if (a[0] < now - RATE_WINDOW) {
                break;
            }
            if (a[0] <= now && a[1] == index && a[2] == category.ordinal()) {
                n++;
            }
        }
        long since = arrivals.isEmpty() ? now : Math.max(arrivals.peekFirst()[0], now - RATE_WINDOW);
        double minutes = Math.max(15, (now - since) / 60_000.0);
        return n / minutes;
    }

    /** Whether an earlier day is known, so the rest of today can be played by the usual shape of a day. */
    public boolean knowsDayShape(long now) {
        return profile.knowsDayBefore(now);
    }

    /** Expected arrivals per minute (all services) in each hour of {@code now}'s day; see {@link ArrivalProfile}. */
    public double[] arrivalsPerMinuteByHour(long now) {
        return profile.perMinuteByHour(now);
    }

    /** The share of arrivals of this service and category. */
    public double arrivalShare(String service, Category category) {
        return profile.share(service, category);
    }

    public ZoneId zone() {
        return zone;
    }

    public double meanMinutes(String service) {
        Deque<Double> d = byService.get(service);
        if (d == null || d.size() < 3) {
            return defaults.getOrDefault(service, 8);
        }
        return d.stream().mapToDouble(Double::doubleValue).average().orElse(8);
    }

    public double meanGapMinutes() {
        return gaps.isEmpty() ? 0.25 : gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0.25);
    }

    /** An officer's times relative to the services' means (1 = average), once there are enough of them. */
    public double officerFactor(Long officer) {
        double[] s = officer == null ? null : officerSums.get(officer);
        return s == null || s[1] < OFFICER_ENOUGH ? 1 : s[0] / s[1];
    }

    /** A fresh ticket's time at a counter: drawn from the observed times (this hour's if enough), else log-normal. */
    public double sample(String service, Long officer, long at, Random random) {
        double[] pool = pool(service, at);
        double base = pool == null ? defaultDraw(service, random) : pool[random.nextInt(pool.length)];
        return base * officerFactor(officer);
    }

    /** What is left of a ticket already {@code elapsed} minutes at the counter: drawn from the longer ones. */
    public double residual(String service, Long officer, long at, double elapsed, Random random) {
        double factor = officerFactor(officer);
        double[] pool = pool(service, at);
        if (pool == null) {
            for (int i = 0; i < 20; i++) {
                double d = defaultDraw(service, random) * factor;
                if (d > elapsed) {
                    return d - elapsed;
                }
            }
            return meanMinutes(service) * 0.25;
        }
        double scaled = elapsed / factor;
        int from = Arrays.binarySearch(pool, scaled);
        from = from < 0 ? -from - 1 : from + 1;
        if (from >= pool.length) {
            // Longer than anything seen: expect a short remainder rather than none.
            return Math.max(0.5, 0.15 * meanMinutes(service));
        }
        double total = pool[from + random.nextInt(pool.length - from)];
        return (total - scaled) * factor;
    }

    private double[] pool(String service, long at) {
        String hourKey = service + "@" + hour(at);
        Deque<Double> h = byServiceHour.get(hourKey);
        String key = h != null && h.size() >= ENOUGH ? hourKey : service;
        Deque<Double> d = key.equals(service) ? byService.get(service) : h;
        if (d == null || d.size() < 5) {
            return null;
        }
        return sortedCache.computeIfAbsent(key, k -> d.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    private double defaultDraw(String service, Random random) {
        double mean = defaults.getOrDefault(service, 8);
        double sigma = 0.5;
        return mean * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    private int hour(long at) {
        return Instant.ofEpochMilli(at).atZone(zone).getHour();
    }

    private static void push(Deque<Double> d, double v) {
        d.addLast(v);
        if (d.size() > KEEP) {
            d.removeFirst();
        }
    }
}

package vn.motcua.server.simulate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.client.Category;

/**
 * Everything that shapes one simulated day (or one long run): arrivals per hour from the start, the service
 * mix and each service's time distribution, the category shares, each counter's services, speed and open
 * hours, and how often visitors do not show up or are transferred.
 *
 * @param start         the day's first hour, as a date in the centre's zone and an hour ({@code startHour})
 * @param arrivalsPerHour arrivals in hour {@code i} after the start (any length: a long run has thousands)
 * @param walkMinutes   from the call to the start of service (the visitor walks to the counter)
 * @param gapMinutes    mean pause of an officer between one ticket and the next call
 * @param recallMinutes how long a counter waits for a visitor who does not come (two recalls)
 */
public record DayPlan(String name, LocalDate start, int startHour, double[] arrivalsPerHour, List<ServicePlan> services,
                      Map<Category, Double> categoryShares, List<CounterPlan> counters, double noShowShare,
                      double transferShare, double walkMinutes, double gapMinutes, double recallMinutes) {
    public DayPlan {
        if (services.isEmpty() || counters.isEmpty()) {
            throw new IllegalArgumentException("a day plan needs services and counters");
        }
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        categoryShares = Map.copyOf(categoryShares);
        arrivalsPerHour = arrivalsPerHour.clone();
    }

    /**
     * One service: its share of arrivals, mean time at the counter, spread (coefficient of variation of a
     * log-normal; {@code exponential} instead for the M/M/c checks) and target wait.
     */
    public record ServicePlan(String code, double mix, double meanMinutes, double cv, boolean exponential,
                              int targetWaitMinutes) {
    }

    /**
     * One counter: its services in call order, whether it is a priority counter, its officer's speed
     * (1 = the service's mean, 1.3 = 30 % slower) and its open periods in minutes after the start.
     */
    public record CounterPlan(int number, List<String> services, boolean priority, double speed, long officerId,
                              List<double[]> openMinutes) {
        public CounterPlan {
            services = List.copyOf(services);
            openMinutes = List.copyOf(openMinutes);
        }

        public static List<double[]> always(double minutes) {
            return List.of(new double[] {0, minutes});
        }
    }

    /** The centre's breaks: stretches between its first opening and last closing when no counter is open. */
    public List<double[]> breakMinutes() {
        java.util.TreeMap<Double, Integer> delta = new java.util.TreeMap<>();
        for (CounterPlan c : counters) {
            for (double[] p : c.openMinutes()) {
                delta.merge(p[0], 1, Integer::sum);
                delta.merge(p[1], -1, Integer::sum);
            }
        }
        List<double[]> out = new java.util.ArrayList<>();
        int open = 0;
        Double closedAt = null;
        for (var e : delta.entrySet()) {
            int before = open;
            open += e.getValue();
            if (before > 0 && open == 0) {
                closedAt = e.getKey();
            } else if (before == 0 && open > 0 && closedAt != null) {
                out.add(new double[] {closedAt, e.getKey()});
                closedAt = null;
            }
        }
        return out;
    }

    /** Each service's target wait (the anti-starvation cap is a share of it), in millis. */
    public Map<String, Long> targetWaitMillis() {
        Map<String, Long> out = new java.util.HashMap<>();
        services.forEach(s -> out.put(s.code(), s.targetWaitMinutes() * 60_000L));
        return out;
    }

    public double lengthMinutes() {
        return arrivalsPerHour.length * 60.0;
    }
}

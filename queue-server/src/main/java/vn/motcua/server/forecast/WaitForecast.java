package vn.motcua.server.forecast;

import java.util.Map;
import vn.motcua.client.Category;

/**
 * A forecast made at {@code at}: for each waiting ticket the expected call time, and for a visitor of each
 * service and category who arrives at {@code at}, the wait. {@code minutesPerTicket}: mean time at a counter
 * divided by the open counters of the service, what every ticket issued after {@code at} adds to the wait of
 * those behind it until the next forecast.
 */
public record WaitForecast(long at, Map<Long, Estimate> byTicket, Map<String, Estimate> forArrival,
                           Map<String, Double> minutesPerTicket) {
    /**
     * Minutes: central value (the replays' median), the p10–p90 range, and {@code spread}, the replays' mean
     * distance from their median: the error to expect if the replays play the hall as it will go.
     */
    public record Estimate(double central, double low, double high, double spread) {
        public Estimate plus(double minutes) {
            return new Estimate(central + minutes, low + minutes, high + minutes, spread);
        }

        public Estimate minus(double minutes) {
            return new Estimate(Math.max(0, central - minutes), Math.max(0, low - minutes), Math.max(0, high - minutes),
                    spread);
        }
    }

    public static String key(String service, Category category) {
        return service + "/" + category.name();
    }

    public static WaitForecast empty(long at) {
        return new WaitForecast(at, Map.of(), Map.of(), Map.of());
    }
}

package vn.motcua.server.simulate;

import java.util.Arrays;
import java.util.Random;
import vn.motcua.server.forecast.WaitForecast;
import vn.motcua.server.forecast.WaitForecaster;

/**
 * The best wait estimate any estimator could give on a simulated day: at the moment a ticket is issued, the day
 * is copied as it stands ({@link DaySimulation#forkUnknown}: the queue, the counters' visits and how long they
 * have lasted, the officers, and the day's TRUE plan: arrival rates, service-time distributions, officers'
 * speeds, no-show and transfer shares) and played on {@code plays} times with fresh draws until the ticket is
 * called. For absolute error the median of the true conditional distribution of the call time is the best
 * possible point estimate, so the oracle's mean absolute error on a day shape is the floor for that shape.
 */
public final class CallOracle {
    private final int plays;

    public CallOracle(int plays) {
        if (plays < 1) {
            throw new IllegalArgumentException("the oracle needs at least one play, not " + plays);
        }
        this.plays = plays;
    }

    /**
     * Minutes from {@code now} until ticket {@code ticketId} is called in each play, sorted; a play in which
     * the day ends first counts the minutes to the day's end.
     */
    public double[] waits(DaySimulation day, long ticketId, long now, long seed) {
        Random random = new Random(seed);
        double[] out = new double[plays];
        for (int i = 0; i < plays; i++) {
            long at = day.forkUnknown(now, new Random(random.nextLong())).playUntilCalled(ticketId);
            out[i] = ((at < 0 ? day.end() : at) - now) / 60_000.0;
        }
        Arrays.sort(out);
        return out;
    }

    /** The oracle's estimate: the median of {@link #waits}, with their p10–p90 as its range. */
    public WaitForecast.Estimate estimate(DaySimulation day, long ticketId, long now, long seed) {
        return WaitForecaster.summarise(waits(day, ticketId, now, seed));
    }
}

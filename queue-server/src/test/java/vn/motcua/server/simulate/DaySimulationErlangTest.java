package vn.motcua.server.simulate;

import vn.motcua.client.CentreTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.PolicySettings;
import vn.motcua.server.staffing.ErlangC;

/**
 * The day simulator against queueing theory: for M/M/c (Poisson arrivals, exponential service, c counters)
 * its mean wait must match Erlang C. A modest run for CI (the bench's {@code erlang} part runs 500,000
 * visitors per row and finds all within 5 %): about 100,000 visitors per row, judged by batch means — the
 * simulated mean must lie within three standard errors of Erlang C, and the run must be long enough that
 * three standard errors are under 25 % of the value (about 6 % for one standard error at this length). A simulator that let a counter call before it is free,
 * or drew service times with a wrong mean, is off by far more and fails.
 */
class DaySimulationErlangTest {
    private static final int BATCHES = 20;

    /** {mean wait, standard error} in minutes, over the visitors after the first 10 % of the run. */
    static double[] simulatedMeanWait(double perHour, double meanService, int counters, int hours, long seed) {
        List<SimTicket> tickets = new DaySimulation(DayShapes.mmc(perHour, meanService, counters, hours),
                new CallPolicy(PolicySettings.defaults()), CentreTime.ZONE, seed).run(new SimulationListener() { });
        double[] waits = tickets.stream().skip(tickets.size() / 10).filter(SimTicket::called)
                .mapToDouble(SimTicket::waitMinutes).toArray();
        int size = waits.length / BATCHES;
        double[] means = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            double sum = 0;
            for (int i = b * size; i < (b + 1) * size; i++) {
                sum += waits[i];
            }
            means[b] = sum / size;
        }
        double mean = java.util.Arrays.stream(means).average().orElseThrow();
        double var = java.util.Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum() / (BATCHES - 1);
        return new double[] {mean, Math.sqrt(var / BATCHES)};
    }

    @Test
    void meanWaitMatchesErlangC() {
        double[][] rows = {{24, 10, 6}, {40, 8, 7}, {60, 5, 7}};
        for (double[] r : rows) {
            double theory = ErlangC.of(r[0] / 60, r[1], (int) r[2]).meanWaitMinutes();
            int hours = (int) Math.ceil(100_000 / r[0]);
            double[] simulated = simulatedMeanWait(r[0], r[1], (int) r[2], hours, 42);
            String row = String.format("λ=%s/h, S=%s min, c=%s: Erlang C %.3f, simulated %.3f ± %.3f", r[0], r[1], r[2],
                    theory, simulated[0], simulated[1]);
            assertThat(3 * simulated[1]).as(row + " (run too short to judge)").isLessThan(0.25 * theory);
            assertThat(Math.abs(simulated[0] - theory)).as(row).isLessThanOrEqualTo(3 * simulated[1] + 0.01 * theory);
        }
    }
}

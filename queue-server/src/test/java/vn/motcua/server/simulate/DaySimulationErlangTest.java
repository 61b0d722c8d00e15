package vn.motcua.server.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.PolicySettings;
import vn.motcua.server.staffing.ErlangC;
import vn.motcua.server.ticket.ServiceDay;

/**
 * The day simulator against queueing theory: for M/M/c (Poisson arrivals, exponential service, c counters)
 * its mean wait must match Erlang C. A modest run for CI (the bench's {@code erlang} part runs long ones):
 * about 100,000 visitors per row, tolerance 8 %; a simulator that, say, let a counter call before it is free
 * or drew service times with the wrong mean fails it.
 */
class DaySimulationErlangTest {
    /** Mean wait (minutes) of the visitors after the first 10 % of the run. */
    static double simulatedMeanWait(double perHour, double meanService, int counters, int hours, long seed) {
        List<SimTicket> tickets = new DaySimulation(DayShapes.mmc(perHour, meanService, counters, hours),
                new CallPolicy(PolicySettings.defaults()), ServiceDay.ZONE, seed).run(new SimulationListener() { });
        int skip = tickets.size() / 10;
        return tickets.stream().skip(skip).filter(SimTicket::called).mapToDouble(SimTicket::waitMinutes).average().orElseThrow();
    }

    @Test
    void meanWaitMatchesErlangC() {
        double[][] rows = {{24, 10, 6}, {40, 8, 7}, {90, 4, 7}};
        for (double[] r : rows) {
            double theory = ErlangC.of(r[0] / 60, r[1], (int) r[2]).meanWaitMinutes();
            int hours = (int) Math.ceil(100_000 / r[0]);
            double simulated = simulatedMeanWait(r[0], r[1], (int) r[2], hours, 42);
            assertThat(simulated).as("λ=%s/h, S=%s min, c=%s", r[0], r[1], r[2]).isCloseTo(theory,
                    org.assertj.core.data.Percentage.withPercentage(8));
        }
    }
}

package vn.motcua.server.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.server.forecast.QueueState;
import vn.motcua.server.forecast.WaitForecast;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.PolicySettings;

/**
 * A day copied mid-way (the wait oracle's ground): an exact fork played with a copy of the day's own generator
 * must play the very same day, and an oracle fork must keep the past, draw the future afresh, and put the
 * day's real call times where its plays put them.
 */
class DaySimulationForkTest {
    private static final CallPolicy POLICY = new CallPolicy(PolicySettings.defaults());
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    /** Runs a day and, at its {@code nth} ticket, hands the running day to {@code atIssue}. */
    private static List<SimTicket> runForking(String shape, long seed, int nth, ForkAt atIssue) {
        DaySimulation[] day = {new DaySimulation(DayShapes.of(shape, DAY), POLICY, CentreTime.ZONE, seed)};
        int[] issued = {0};
        return day[0].run(new SimulationListener() {
            @Override
            public void issued(long ticketId, String service, Category category, long at, QueueState state) {
                if (++issued[0] == nth) {
                    atIssue.fork(day[0], ticketId, at);
                }
            }
        });
    }

    private interface ForkAt {
        void fork(DaySimulation day, long ticketId, long at);
    }

    private static Random copy(Random random) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(random);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (Random) in.readObject();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aForkPlayedWithTheDaysOwnGeneratorPlaysTheSameDayAndAnotherGeneratorAnotherDay() {
        List<SimTicket> untouched = new DaySimulation(DayShapes.of("many-priority", DAY), POLICY, CentreTime.ZONE, 5)
                .run(new SimulationListener() { });
        List<DaySimulation> same = new ArrayList<>();
        List<DaySimulation> other = new ArrayList<>();
        long[] forkedAt = new long[1];
        List<SimTicket> original = runForking("many-priority", 5, 120, (day, id, at) -> {
            same.add(day.fork(at, copy(day.generator())));
            other.add(day.fork(at, new Random(99)));
            forkedAt[0] = at;
        });

        assertThat(original).as("forking leaves the day itself alone").isEqualTo(untouched);
        List<SimTicket> replayed = same.get(0).playToEnd();
        assertThat(replayed).hasSize(original.size()).isEqualTo(original);

        List<SimTicket> elsewhere = other.get(0).playToEnd();
        assertThat(elsewhere).isNotEqualTo(original);
        // What had ended before the fork is the same in both; what came after was played with other draws.
        assertThat(elsewhere.stream().filter(t -> t.endedAt() >= 0 && t.endedAt() < forkedAt[0]).toList())
                .isNotEmpty()
                .isEqualTo(original.stream().filter(t -> t.endedAt() >= 0 && t.endedAt() < forkedAt[0]).toList());
    }

    @Test
    void anOracleForkKeepsThePastDrawsTheFutureAfreshAndIsRepeatable() {
        List<List<SimTicket>> forks = new ArrayList<>();
        long[] forked = new long[2];
        List<SimTicket> original = runForking("morning-peak", 11, 150, (day, id, at) -> {
            forks.add(day.forkUnknown(at, new Random(3)).playToEnd());
            forks.add(day.forkUnknown(at, new Random(3)).playToEnd());
            forks.add(day.forkUnknown(at, new Random(4)).playToEnd());
            forked[0] = id;
            forked[1] = at;
        });
        long at = forked[1];
        assertThat(forks.get(0)).as("same generator, same play").isEqualTo(forks.get(1));
        List<SimTicket> before = original.stream().filter(t -> t.endedAt() >= 0 && t.endedAt() < at).toList();
        assertThat(before).isNotEmpty();
        for (List<SimTicket> f : forks) {
            assertThat(f.stream().filter(t -> t.endedAt() >= 0 && t.endedAt() < at).toList()).isEqualTo(before);
            SimTicket mine = f.stream().filter(t -> t.id() == forked[0]).findFirst().orElseThrow();
            assertThat(mine.issuedAt()).isEqualTo(at);
            assertThat(mine.calledAt()).isGreaterThanOrEqualTo(at);
        }
        // Visitors after the fork are new draws (from the plan's rates), not the day's own.
        assertThat(arrivalsAfter(forks.get(0), at)).isNotEqualTo(arrivalsAfter(original, at));
        assertThat(arrivalsAfter(forks.get(2), at)).isNotEqualTo(arrivalsAfter(forks.get(0), at));
        assertThat(arrivalsAfter(forks.get(0), at).size()).isBetween(arrivalsAfter(original, at).size() * 2 / 3,
                arrivalsAfter(original, at).size() * 3 / 2);
    }

    private static List<Long> arrivalsAfter(List<SimTicket> tickets, long at) {
        return tickets.stream().filter(t -> t.originId() == 0 && t.issuedAt() > at).map(SimTicket::issuedAt).toList();
    }

    /**
     * Calibration: the day's real call times fall inside the oracle's p10–p90 about as often as they should (80 %
     * and a little more, waits of 0 sitting on the edge). An oracle that drew each visit at a counter afresh
     * instead of from what is left of it, or lost the queue, would put them outside far more often.
     */
    @Test
    void theDaysRealCallTimesFallInsideTheOraclesRange() {
        CallOracle oracle = new CallOracle(21);
        List<double[]> judged = new ArrayList<>(); // {ticket, low, high, median}
        DaySimulation[] day = {new DaySimulation(DayShapes.of("counter-closes", DAY), POLICY, CentreTime.ZONE, 17)};
        List<SimTicket> tickets = day[0].run(new SimulationListener() {
            @Override
            public void issued(long ticketId, String service, Category category, long at, QueueState state) {
                if (ticketId % 2 == 0) {
                    WaitForecast.Estimate e = oracle.estimate(day[0], ticketId, at, ticketId);
                    judged.add(new double[] {ticketId, e.low(), e.high(), e.central()});
                }
            }
        });
        int inside = 0;
        int n = 0;
        double error = 0;
        for (double[] j : judged) {
            SimTicket t = tickets.stream().filter(x -> x.id() == (long) j[0]).findFirst().orElseThrow();
            if (t.called()) {
                n++;
                inside += j[1] - 0.5 <= t.waitMinutes() && t.waitMinutes() <= j[2] + 0.5 ? 1 : 0;
                error += Math.abs(t.waitMinutes() - j[3]);
            }
        }
        assertThat(n).isGreaterThan(60);
        assertThat(inside / (double) n).isBetween(0.75, 0.99);
        assertThat(error / n).isLessThan(5);
    }
}

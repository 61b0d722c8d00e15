package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.motcua.client.Category;

/** The call policy under random arrival streams: nobody normal starves, priority goes first otherwise. */
class CallPolicyPropertiesTest {
    private static final long MINUTE = 60_000;
    private final CallPolicy policy = new CallPolicy(PolicySettings.defaults());

    record Arrival(long at, Category category) {
    }

    @Provide
    Arbitrary<List<Arrival>> streams() {
        Arbitrary<Arrival> one = Combinators.combine(Arbitraries.longs().between(0, 120 * MINUTE),
                Arbitraries.of(Category.values())).as(Arrival::new);
        return one.list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void noPriorityCallWhileANormalVisitorHasWaitedPastTheCap(@ForAll("streams") List<Arrival> arrivals,
                                                              @ForAll boolean priorityCounter) {
        List<CallPolicy.Candidate> waiting = new ArrayList<>();
        long target = 15 * MINUTE;
        for (int i = 0; i < arrivals.size(); i++) {
            waiting.add(new CallPolicy.Candidate(i + 1, "A", arrivals.get(i).category(), arrivals.get(i).at(), 0, target));
        }
        PolicyRun.callEverybody(policy, waiting, priorityCounter, 4 * MINUTE, (t, present, c, streak) -> {
            boolean starvingNormal = present.stream().anyMatch(o -> !o.category().isPriority()
                    && t - o.arrivedAt() >= (long) (0.8 * target));
            if (starvingNormal) {
                assertThat(c.category().isPriority()).as("a normal visitor past the cap waits").isFalse();
            }
            if (!priorityCounter && streak >= 2 && !starvingNormal
                    && present.stream().anyMatch(o -> !o.category().isPriority())) {
                assertThat(c.category().isPriority()).as("N:1 interleave").isFalse();
            }
        });
    }

    @Property(tries = 100)
    void priorityVisitorsGoFirstAtAPriorityCounter(@ForAll("streams") List<Arrival> arrivals) {
        List<CallPolicy.Candidate> waiting = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            // Everybody arrived just now, so nobody is starving.
            waiting.add(new CallPolicy.Candidate(i + 1, "A", arrivals.get(i).category(), 0, 0, 15 * MINUTE));
        }
        CallPolicy.Candidate c = policy.choose(waiting, new CallPolicy.CounterView(true, 5), MINUTE).orElseThrow();
        boolean anyPriority = waiting.stream().anyMatch(o -> o.category().isPriority());
        assertThat(c.category().isPriority()).isEqualTo(anyPriority);
    }
}

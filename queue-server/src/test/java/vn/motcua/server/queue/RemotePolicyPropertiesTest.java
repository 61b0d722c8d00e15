package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.motcua.client.Category;

/**
 * Remote tickets among random walk-in streams: an unconfirmed one is never called, it does not change whom
 * the policy calls among the others, and the anti-starvation cap still holds for everyone present.
 */
class RemotePolicyPropertiesTest {
    private static final long MINUTE = 60_000;
    private static final long TARGET = 15 * MINUTE;
    private final CallPolicy policy = new CallPolicy(PolicySettings.defaults());

    /** A visitor; a remote one confirms at {@code confirmAt} (null: never). */
    record Arrival(long at, Category category, boolean remote, Long confirmAt) {
    }

    @Provide
    Arbitrary<List<Arrival>> streams() {
        Arbitrary<Arrival> walkIn = Combinators.combine(Arbitraries.longs().between(0, 120 * MINUTE),
                Arbitraries.of(Category.values()).filter(c -> c != Category.APPOINTMENT))
                .as((at, cat) -> new Arrival(at, cat, false, null));
        Arbitrary<Arrival> remote = Combinators.combine(Arbitraries.longs().between(0, 120 * MINUTE),
                Arbitraries.longs().between(0, 60).injectNull(0.3)).as((at, later) -> new Arrival(at, Category.NORMAL, true,
                later == null ? null : at + later * MINUTE));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, walkIn), net.jqwik.api.Tuple.of(1, remote))
                .list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void unconfirmedRemoteTicketsAreNeverCalledAndChangeNothingForOthers(@ForAll("streams") List<Arrival> arrivals,
                                                                          @ForAll boolean priorityCounter) {
        List<Arrival> byId = new ArrayList<>(arrivals);
        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            waiting.add((long) i);
        }
        int streak = 0;
        long now = 0;
        for (int round = 0; round < 200 && !waiting.isEmpty(); round++) {
            now += 3 * MINUTE;
            long t = now;
            List<CallPolicy.Candidate> present = new ArrayList<>();
            for (long id : waiting) {
                Arrival a = byId.get((int) id);
                if (a.at() <= t) {
                    boolean unconfirmed = a.remote() && (a.confirmAt() == null || a.confirmAt() > t);
                    present.add(new CallPolicy.Candidate(id, "A", a.category(), a.at(), 0, TARGET, null, unconfirmed));
                }
            }
            CallPolicy.CounterView counter = new CallPolicy.CounterView(priorityCounter, streak);
            Optional<CallPolicy.Candidate> pick = policy.choose(present, counter, t);
            List<CallPolicy.Candidate> callable = present.stream().filter(c -> !c.remoteUnconfirmed()).toList();
            assertThat(pick).as("the same choice as without the unconfirmed remote tickets")
                    .isEqualTo(policy.choose(callable, counter, t));
            if (callable.isEmpty()) {
                assertThat(pick).as("nobody callable is there: nobody is called").isEmpty();
                continue;
            }
            CallPolicy.Candidate c = pick.orElseThrow();
            assertThat(c.remoteUnconfirmed()).as("an unconfirmed remote ticket is never called").isFalse();
            boolean normalPastCap = callable.stream().anyMatch(o -> !o.category().isPriority()
                    && t - o.arrivedAt() >= (long) (0.8 * TARGET));
            if (normalPastCap) {
                assertThat(c.category().isPriority()).as("a normal visitor past the cap is called first").isFalse();
            }
            streak = c.category().isPriority() ? streak + 1 : 0;
            waiting.remove(c.ticketId());
        }
        for (long id : waiting) {
            Arrival a = byId.get((int) id);
            assertThat(a.remote() && a.confirmAt() == null).as("only never-confirmed remote tickets are left uncalled").isTrue();
        }
    }
}

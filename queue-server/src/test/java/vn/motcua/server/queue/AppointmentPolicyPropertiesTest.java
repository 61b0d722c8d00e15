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

/**
 * Checked-in bookings among random walk-in streams: a booking is called at or after its slot ahead of
 * walk-ins, never before it while a walk-in waits, and never while any walk-in has waited past the cap.
 */
class AppointmentPolicyPropertiesTest {
    private static final long MINUTE = 60_000;
    private static final long TARGET = 15 * MINUTE;
    private final CallPolicy policy = new CallPolicy(PolicySettings.defaults());

    /** A visitor: walk-ins have no slot; a booking checks in up to 15 min early or 10 min late. */
    record Arrival(long at, Category category, Long slot) {
    }

    @Provide
    Arbitrary<List<Arrival>> streams() {
        Arbitrary<Arrival> walkIn = Combinators.combine(Arbitraries.longs().between(0, 120 * MINUTE),
                Arbitraries.of(Category.values())).as((at, cat) -> new Arrival(at, cat, null));
        Arbitrary<Arrival> booked = Combinators.combine(Arbitraries.longs().between(1, 4).map(h -> h * 30 * MINUTE),
                Arbitraries.longs().between(-15, 10)).as((slot, offset) -> new Arrival(slot + offset * MINUTE,
                Category.APPOINTMENT, slot));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, walkIn), net.jqwik.api.Tuple.of(1, booked))
                .list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void bookingsAtTheirSlotGoFirstButNeverPastTheCap(@ForAll("streams") List<Arrival> arrivals,
                                                      @ForAll boolean priorityCounter) {
        List<CallPolicy.Candidate> waiting = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival a = arrivals.get(i);
            waiting.add(new CallPolicy.Candidate(i + 1, "A", a.category(), a.at(), 0, TARGET, a.slot()));
        }
        PolicyRun.callEverybody(policy, waiting, priorityCounter, 3 * MINUTE, (t, present, c, streak) -> {
            List<CallPolicy.Candidate> walkIns = present.stream().filter(o -> !o.booked()).toList();
            boolean walkInPastCap = walkIns.stream().anyMatch(o -> t - o.arrivedAt() >= (long) (0.8 * TARGET));
            boolean normalPastCap = walkIns.stream().anyMatch(o -> !o.category().isPriority()
                    && t - o.arrivedAt() >= (long) (0.8 * TARGET));
            boolean due = present.stream().anyMatch(o -> o.booked() && o.slotStart() <= t);
            if (normalPastCap) {
                assertThat(c.category().isPriority()).as("a normal walk-in past the cap is called first").isFalse();
            }
            if (c.booked()) {
                assertThat(walkInPastCap).as("no booking is called while a walk-in has waited past the cap").isFalse();
                if (!walkIns.isEmpty()) {
                    assertThat(c.slotStart()).as("a booking is called before its slot only when no walk-in waits")
                            .isLessThanOrEqualTo(t);
                }
            }
            if (due && !walkInPastCap) {
                assertThat(c.booked()).as("a booking at its slot goes ahead of walk-ins").isTrue();
                long earliestDue = present.stream().filter(o -> o.booked() && o.slotStart() <= t)
                        .mapToLong(CallPolicy.Candidate::slotStart).min().orElseThrow();
                assertThat(c.slotStart()).isEqualTo(earliestDue);
            }
        });
    }
}

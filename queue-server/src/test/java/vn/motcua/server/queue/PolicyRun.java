package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One counter calling a whole queue under the call policy, one call every {@code step}: the loop the
 * property tests share. Each call is handed to a check with what the counter saw; at the end everybody
 * has been called exactly once.
 */
final class PolicyRun {

    /** What must hold for one call. */
    interface Check {
        void call(long now, List<CallPolicy.Candidate> present, CallPolicy.Candidate chosen, int priorityStreak);
    }

    private PolicyRun() {
    }

    static void callEverybody(CallPolicy policy, List<CallPolicy.Candidate> queue, boolean priorityCounter, long step,
                              Check check) {
        List<CallPolicy.Candidate> waiting = new ArrayList<>(queue);
        int streak = 0;
        long now = 0;
        List<Long> called = new ArrayList<>();
        while (!waiting.isEmpty()) {
            now += step;
            long t = now;
            List<CallPolicy.Candidate> present = waiting.stream().filter(c -> c.arrivedAt() <= t).toList();
            Optional<CallPolicy.Candidate> pick = policy.choose(present, new CallPolicy.CounterView(priorityCounter, streak), now);
            if (present.isEmpty()) {
                assertThat(pick).isEmpty();
                continue;
            }
            CallPolicy.Candidate c = pick.orElseThrow();
            assertThat(present).contains(c);
            check.call(t, present, c, streak);
            streak = c.category().isPriority() ? streak + 1 : 0;
            called.add(c.ticketId());
            waiting.remove(c);
        }
        assertThat(called).doesNotHaveDuplicates().hasSize(queue.size());
    }
}

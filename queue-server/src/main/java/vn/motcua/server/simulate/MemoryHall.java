package vn.motcua.server.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.client.Category;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.CallPolicy.Candidate;

/** The queue in memory, called by the real {@link CallPolicy}: what the server would do, without a server. */
final class MemoryHall implements Hall {
    private final CallPolicy policy;
    private final Map<String, Long> targetMillis;
    final List<Candidate> waiting = new ArrayList<>();
    private long nextTicket = 1;

    MemoryHall(CallPolicy policy, Map<String, Long> targetMillis) {
        this.policy = policy;
        this.targetMillis = Map.copyOf(targetMillis);
    }

    /** The same queue, to play on separately. */
    MemoryHall copy() {
        MemoryHall c = new MemoryHall(policy, targetMillis);
        c.waiting.addAll(waiting);
        c.nextTicket = nextTicket;
        return c;
    }

    @Override
    public long issue(String service, Category category, long arrivedAt, long transferOf, long now) {
        long id = nextTicket++;
        waiting.add(new Candidate(id, service, category, arrivedAt, 0, targetMillis.get(service)));
        return id;
    }

    @Override
    public Called call(DayPlan.CounterPlan counter, int prioritySinceNormal, long now) {
        List<Candidate> mine = new ArrayList<>();
        for (Candidate c : waiting) {
            int pos = counter.services().indexOf(c.service());
            if (pos >= 0) {
                mine.add(new Candidate(c.ticketId(), c.service(), c.category(), c.arrivedAt(), pos, c.targetWaitMillis()));
            }
        }
        var chosen = policy.choose(mine, new CallPolicy.CounterView(counter.priority(), prioritySinceNormal), now);
        if (chosen.isEmpty()) {
            return null;
        }
        Candidate c = chosen.get();
        waiting.removeIf(w -> w.ticketId() == c.ticketId());
        return new Called(c.ticketId(), c.service(), c.category());
    }

    @Override
    public boolean live() {
        return false;
    }
}

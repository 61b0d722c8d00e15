package vn.motcua.server.counter;

import java.util.List;

/** A counter, the services it serves in order, and who works there now. */
public record Counter(int number, String name, boolean priority, CounterState state, Long officerId,
                      Long currentTicketId, int prioritySinceNormal, List<String> services) {
}

package vn.motcua.server.forecast;

import java.util.List;
import vn.motcua.client.Category;
import vn.motcua.server.queue.CallPolicy.Candidate;
import vn.motcua.server.queue.PolicySettings;

/**
 * The estimate the server printed before the forecaster, kept as the yardstick: people ahead (everyone of a
 * higher class and the earlier ones of the same class, in the ticket's own service) × the mean of the last
 * 20 service times ÷ the counters open for the service.
 */
public final class NaiveEstimate {
    private NaiveEstimate() {
    }

    public static int minutes(int ahead, double meanServiceMinutes, long openCounters) {
        return (int) Math.ceil(ahead * meanServiceMinutes / Math.max(1, openCounters));
    }

    /** People ahead of {@code ticket} by the same rule as {@code TicketViews.ahead}. */
    public static int ahead(List<Candidate> waiting, Candidate ticket, PolicySettings policy) {
        int mine = policy.weight(ticket.category());
        int n = 0;
        for (Candidate c : waiting) {
            if (c.ticketId() == ticket.ticketId() || !c.service().equals(ticket.service())) {
                continue;
            }
            Category k = c.category();
            boolean higher = ticket.category().isPriority() ? policy.weight(k) > mine : k.isPriority();
            boolean equal = ticket.category().isPriority() ? policy.weight(k) == mine : k == ticket.category();
            boolean earlier = c.arrivedAt() < ticket.arrivedAt()
                    || c.arrivedAt() == ticket.arrivedAt() && c.ticketId() < ticket.ticketId();
            if (higher || equal && earlier) {
                n++;
            }
        }
        return n;
    }
}

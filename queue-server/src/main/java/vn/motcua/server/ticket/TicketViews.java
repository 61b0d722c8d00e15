package vn.motcua.server.ticket;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import vn.motcua.client.TicketEvent;
import vn.motcua.client.TicketState;
import vn.motcua.client.TicketView;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.queue.PolicySettings;
import vn.motcua.server.queue.WaitEstimator;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Sql;

/** Builds the API view of a ticket: position, estimated wait, status URL and history. */
public final class TicketViews {
    private final ServiceStore services;
    private final CounterStore counters;
    private final WaitEstimator estimator;
    private final PolicySettings policy;

    public TicketViews(ServiceStore services, CounterStore counters, WaitEstimator estimator,
                       PolicySettings policy) {
        this.services = services;
        this.counters = counters;
        this.estimator = estimator;
        this.policy = policy;
    }

    public TicketView view(Connection c, Ticket t, String baseUrl, boolean withHistory) throws SQLException {
        Integer ahead = null;
        Integer estimate = null;
        if (t.state() == TicketState.WAITING) {
            ahead = ahead(c, t);
            ServiceDef service = services.find(c, t.serviceCode()).orElseThrow();
            estimate = estimator.minutes(c, service, ahead, counters.all(c));
        }
        List<TicketEvent> history = null;
        if (withHistory) {
            history = Sql.list(c, "SELECT e.id, e.type, e.at, e.counter_number, u.username, e.detail FROM event e "
                    + "LEFT JOIN app_user u ON u.id = e.officer_id WHERE e.ticket_id = ? ORDER BY e.id",
                    rs -> new TicketEvent(rs.getLong(1), rs.getString(2),
                            Instant.ofEpochMilli(rs.getLong(3)).atZone(ServiceDay.ZONE).toOffsetDateTime(),
                            Sql.intOrNull(rs, "counter_number"), rs.getString(5), rs.getString(6)), t.id());
        }
        return new TicketView(t.id(), t.number(), t.serviceCode(), t.category(), t.state(),
                Instant.ofEpochMilli(t.issuedAt()).atZone(ServiceDay.ZONE).toOffsetDateTime(), ahead, estimate,
                baseUrl + "/t/" + t.id(), t.counterNumber(), t.recalls(), history);
    }

    /**
     * People called before this ticket if nobody else arrives: a normal visitor has every earlier arrival
     * and every priority visitor ahead; a priority visitor has those of equal or higher weight who came earlier.
     */
    int ahead(Connection c, Ticket t) throws SQLException {
        // Counted in SQL: a view is built for every issued ticket, and loading a long queue each time
        // made issuing cost O(queue length) in Java.
        String earlier = "(arrived_at < ? OR (arrived_at = ? AND id < ?))";
        if (!t.category().isPriority()) {
            return Sql.one(c, "SELECT COUNT(*) FROM ticket WHERE state = 'WAITING' AND service_code = ? AND id <> ? AND ("
                            + earlier + " OR category <> 'NORMAL')", rs -> rs.getInt(1),
                    t.serviceCode(), t.id(), t.arrivedAt(), t.arrivedAt(), t.id()).orElse(0);
        }
        int mine = policy.weight(t.category());
        List<String> higher = new java.util.ArrayList<>();
        List<String> equal = new java.util.ArrayList<>();
        for (var category : vn.motcua.client.Category.values()) {
            int theirs = policy.weight(category);
            if (theirs > mine) {
                higher.add("'" + category.name() + "'");
            } else if (theirs == mine) {
                equal.add("'" + category.name() + "'");
            }
        }
        String higherSql = higher.isEmpty() ? "0" : "category IN (" + String.join(", ", higher) + ")";
        return Sql.one(c, "SELECT COUNT(*) FROM ticket WHERE state = 'WAITING' AND service_code = ? AND id <> ? AND ("
                        + higherSql + " OR (category IN (" + String.join(", ", equal) + ") AND " + earlier + "))",
                rs -> rs.getInt(1), t.serviceCode(), t.id(), t.arrivedAt(), t.arrivedAt(), t.id()).orElse(0);
    }
}

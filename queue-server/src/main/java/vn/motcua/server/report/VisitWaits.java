package vn.motcua.server.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.client.VisitWait;
import vn.motcua.server.storage.Sql;

/**
 * One visit's waits for its ticket page, by the reports' own definition: the events of the visit's segments
 * (the segment issued at the kiosk and every one a transfer or a next service made from it) replayed through
 * {@link VisitReplay}, so the page and the reports cannot disagree.
 */
public final class VisitWaits {
    private static final long MINUTE = 60_000;

    private VisitWaits() {
    }

    /** The visit of ticket {@code ticketId} (any of its segments) at {@code now}. */
    public static VisitWait of(Connection c, long ticketId, long now) throws SQLException {
        long root = Sql.list(c, "SELECT COALESCE(origin_ticket_id, id) FROM ticket WHERE id = ?", rs -> rs.getLong(1), ticketId)
                .get(0);
        String day = Sql.list(c, "SELECT service_day FROM ticket WHERE id = ?", rs -> rs.getString(1), root).get(0);
        // the latest segment is where the visit is now; its plan is what is still to come
        long current = Sql.list(c, "SELECT MAX(id) FROM ticket WHERE id = ? OR origin_ticket_id = ?", rs -> rs.getLong(1),
                root, root).get(0);
        String plan = Sql.list(c, "SELECT next_services FROM ticket WHERE id = ?", rs -> rs.getString(1), current).get(0);
        List<String> toCome = plan == null || plan.isEmpty() ? List.of() : List.of(plan.split(","));
        VisitReplay replay = new VisitReplay(day, day, Map.of());
        try (PreparedStatement s = c.prepareStatement("SELECT type, at, service_day, ticket_id, service_code, category, "
                + "counter_number, officer_id, detail FROM event WHERE ticket_id IN (SELECT id FROM ticket WHERE id = ? "
                + "OR origin_ticket_id = ?) ORDER BY id")) {
            s.setLong(1, root);
            s.setLong(2, root);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Object counter = rs.getObject(7);
                    Object officer = rs.getObject(8);
                    replay.accept(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), counter == null ? null : ((Number) counter).intValue(),
                            officer == null ? null : ((Number) officer).longValue(), rs.getString(9));
                }
            }
        }
        List<VisitWait.Leg> legs = new ArrayList<>();
        int total = 0;
        // a day that has not ended, so a live visit stays live (not counted as expired)
        for (Visit v : replay.finish(day).visits()) {
            boolean waiting = !v.called() && v.end == null;
            if (!v.called() && !waiting) {
                continue; // cancelled or expired before its first call: no wait to show
            }
            // an appointment waits from its slot: before it the figure is 0, not negative
            int minutes = (int) (Math.max(0, v.called() ? v.waitMillis() : now - v.waitStart) / MINUTE);
            legs.add(new VisitWait.Leg(v.rootTicket, v.service, minutes, waiting));
            total += minutes;
        }
        return new VisitWait(legs, toCome, total, current);
    }
}

package vn.motcua.server.hub;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.client.upstream.QueueFact;
import vn.motcua.client.upstream.RatingFact;
import vn.motcua.client.upstream.ServiceFact;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.client.upstream.UpstreamKind;

/**
 * Reads a real centre's SQLite rows (services, the event table, ratings) into the upstream contract, in the order
 * an outbox would have them: what the centre's publisher sends, built here without it.
 */
final class CentreFeed {
    private CentreFeed() {
    }

    static List<UpstreamEvent> read(Path dataDir) throws Exception {
        List<UpstreamEvent> out = new ArrayList<>();
        long id = 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("queue.db")); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT code, name_vi, name_en, target_wait_min, target_processing_min FROM service "
                    + "ORDER BY sort_order, code")) {
                while (rs.next()) {
                    out.add(new UpstreamEvent(id++, UpstreamKind.SERVICE, 1_700_000_000_000L, "2023-11-15", null, null, null,
                            new ServiceFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5))));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, type, at, service_day, ticket_id, number, service_code, category, state, "
                    + "counter_number, counter_state, officer_id, recalls, detail FROM event ORDER BY id")) {
                while (rs.next()) {
                    out.add(new UpstreamEvent(id++, UpstreamKind.QUEUE, rs.getLong(3), rs.getString(4), new QueueFact(rs.getLong(1),
                            rs.getString(2), rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getObject(10) == null ? null : rs.getInt(10), rs.getString(11),
                            rs.getObject(12) == null ? null : rs.getLong(12), rs.getInt(13), rs.getString(14)), null, null, null));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT ticket_id, at, service_day, counter_number, officer_id, score, reasons "
                    + "FROM rating ORDER BY at, ticket_id")) {
                while (rs.next()) {
                    String reasons = rs.getString(7);
                    out.add(new UpstreamEvent(id++, UpstreamKind.RATING, rs.getLong(2), rs.getString(3), null,
                            new RatingFact(rs.getLong(1), rs.getInt(4), rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6),
                                    reasons == null || reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(","))), null, null));
                }
            }
        }
        return out;
    }
}

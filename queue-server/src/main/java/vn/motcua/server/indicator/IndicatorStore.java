package vn.motcua.server.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.motcua.client.CentreTime;
import vn.motcua.server.dossier.DueDay;
import vn.motcua.server.storage.Sql;

/** The SQL behind the indicators; only what happened up to {@code asOf} counts, so a past period reads the same later. */
final class IndicatorStore {
    PeriodFacts read(Connection c, LocalDate from, LocalDate to, long asOf) throws SQLException {
        long start = startOf(from);
        long end = startOf(to.plusDays(1));
        var dossiers = Sql.list(c, "SELECT d.id, d.due_at, "
                + "(SELECT MIN(e.at) FROM dossier_event e WHERE e.dossier_id = d.id AND e.status IN ('READY', 'RETURNED') "
                + "AND e.at <= ?), "
                + "(SELECT COUNT(*) FROM dossier_document x WHERE x.dossier_id = d.id), "
                + "(SELECT COUNT(*) FROM dossier_document x WHERE x.dossier_id = d.id AND x.source IN ('UPLOAD', 'REUSE', 'DECLARATION')), "
                + "(SELECT COUNT(*) FROM dossier_document x WHERE x.dossier_id = d.id AND x.source = 'REUSE'), "
                + "(SELECT COUNT(*) FROM rating r JOIN ticket t ON t.id = r.ticket_id WHERE (t.id = d.ticket_id "
                + "OR t.origin_ticket_id = d.ticket_id) AND r.score = 'DISSATISFIED' AND r.at <= ?) "
                + "FROM dossier d WHERE d.received_at >= ? AND d.received_at < ? AND d.received_at <= ? ORDER BY d.id", rs -> {
                    long resolved = rs.getLong(3);
                    Long resolvedAt = rs.wasNull() ? null : resolved;
                    return new PeriodFacts.DossierFact(rs.getLong(1), DueDay.end(rs.getLong(2)), resolvedAt, rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7) > 0);
                }, asOf, asOf, start, end, asOf);
        long counter = Sql.count(c, "SELECT COUNT(*) FROM ticket v WHERE v.origin_ticket_id IS NULL "
                + "AND v.service_day BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM event e JOIN ticket t ON t.id = e.ticket_id "
                + "WHERE (t.id = v.id OR t.origin_ticket_id = v.id) AND e.type = 'ticket.finished' AND e.detail = 'RECEIVED' "
                + "AND e.at <= ?) AND NOT EXISTS (SELECT 1 FROM dossier d WHERE d.ticket_id = v.id)",
                from.toString(), to.toString(), asOf);
        long[] ratings = Sql.one(c, "SELECT COUNT(*), SUM(CASE WHEN score IN ('VERY_SATISFIED', 'SATISFIED') THEN 1 ELSE 0 END) "
                + "FROM rating WHERE service_day BETWEEN ? AND ? AND at <= ?", rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                from.toString(), to.toString(), asOf).orElse(new long[2]);
        return new PeriodFacts(dossiers, counter, ratings[0], ratings[1]);
    }

    static long startOf(LocalDate day) {
        return day.atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli();
    }
}

package vn.motcua.server.forecast;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.motcua.server.storage.Sql;

/**
 * Scores the estimates given at issue against the visit's first call (the ticket's own or, after a transfer
 * before any call, its later segment's) and sums them up for a range of days: the forecaster's and the naive
 * estimate's figures over the same tickets.
 */
public final class EstimateAccuracy {
    /**
     * @param mae           mean absolute error, minutes
     * @param within5       share of tickets whose estimate was within ±5 minutes of the actual wait
     * @param insideRange   share whose actual wait fell inside the range printed (over those given a range)
     */
    public record Figures(String from, String to, int tickets, Double mae, Double within5, Double insideRange,
                          Double naiveMae, Double naiveWithin5) {
    }

    /** Fills {@code called_at} for estimates whose visit has since been called; returns how many. */
    public int score(Connection c) throws SQLException {
        return Sql.update(c, "UPDATE wait_estimate SET called_at = (SELECT MIN(e.at) FROM event e JOIN ticket t "
                + "ON t.id = e.ticket_id WHERE e.type = 'ticket.called' AND (t.id = wait_estimate.ticket_id "
                + "OR t.origin_ticket_id = wait_estimate.ticket_id)) WHERE called_at IS NULL");
    }

    public Figures figures(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*), "
                + "AVG(ABS(minutes - (called_at - given_at) / 60000.0)), "
                + "AVG(CASE WHEN ABS(minutes - (called_at - given_at) / 60000.0) <= 5 THEN 1.0 ELSE 0 END), "
                + "AVG(CASE WHEN low_minutes IS NULL THEN NULL WHEN (called_at - given_at) / 60000.0 BETWEEN low_minutes "
                + "AND high_minutes THEN 1.0 ELSE 0 END), "
                + "AVG(ABS(naive_minutes - (called_at - given_at) / 60000.0)), "
                + "AVG(CASE WHEN ABS(naive_minutes - (called_at - given_at) / 60000.0) <= 5 THEN 1.0 ELSE 0 END) "
                + "FROM wait_estimate WHERE called_at IS NOT NULL AND service_day BETWEEN ? AND ?",
                rs -> new Figures(from.toString(), to.toString(), rs.getInt(1), round(rs, 2), round(rs, 3), round(rs, 4),
                        round(rs, 5), round(rs, 6)), from.toString(), to.toString()).orElseThrow();
    }

    private static Double round(java.sql.ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(v * 10_000) / 10_000.0;
    }
}

package vn.motcua.server.forecast;

import java.sql.Connection;
import java.sql.SQLException;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketViews;

/**
 * Keeps the estimate each ticket was given at issue (forecast, range and the naive figure), in the same
 * transaction as the ticket, so that every estimate printed can later be scored against the real call.
 */
public final class EstimateLog {
    public void record(Connection c, Ticket t, long at, TicketViews.Given given) throws SQLException {
        var range = given.range();
        Sql.update(c, "INSERT INTO wait_estimate (ticket_id, service_day, given_at, minutes, low_minutes, high_minutes, "
                        + "naive_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)", t.id(), t.serviceDay(), at, given.minutes(),
                range == null ? null : range.low(), range == null ? null : range.high(), given.naiveMinutes());
    }
}

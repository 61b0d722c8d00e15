package vn.motcua.server.event;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.client.QueueEvent;
import vn.motcua.client.TicketState;
import vn.motcua.server.storage.Sql;

/**
 * The append-only event table: every ticket transition and counter change, in commit order. Its id is
 * the SSE event id, and every figure of the reports is computed from it.
 */
public final class EventLog {
    private static final String COLUMNS = "id, type, at, ticket_id, number, service_code, category, state, "
            + "counter_number, counter_state, recalls, detail";

    public QueueEvent append(Connection c, NewEvent e) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO event (type, at, service_day, ticket_id, number, service_code, category, state, "
                        + "counter_number, counter_state, officer_id, device_id, recalls, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.type().wire(), e.at(), e.serviceDay(), e.ticketId(), e.number(), e.service(), e.category(), e.state(),
                e.counter(), e.counterState(), e.officerId(), e.deviceId(), e.recalls(), e.detail());
        return new QueueEvent(id, e.type().wire(), Instant.ofEpochMilli(e.at()).atZone(CentreTime.ZONE).toOffsetDateTime(), e.ticketId(),
                e.number(), e.service(), e.category(), e.state(), e.counter(), e.counterState(), e.recalls(), e.detail());
    }

    public List<QueueEvent> after(Connection c, long afterId, int limit) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM event WHERE id > ? ORDER BY id LIMIT ?", EventLog::map, afterId, limit);
    }

    /** The latest calls and recalls since {@code sinceMillis}, newest first. */
    /**
     * Calls are dated to the day they happen, so the (service_day, type) index finds them; filtering on
     * {@code at} instead walked the whole log backwards whenever the day had fewer calls than asked for.
     */
    public List<QueueEvent> lastCalls(Connection c, String serviceDay, int limit) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM event WHERE service_day = ? AND type IN ('ticket.called', "
                + "'ticket.recalled') ORDER BY id DESC LIMIT ?", EventLog::map, serviceDay, limit);
    }

    public long lastId(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COALESCE(MAX(id), 0) FROM event");
    }

    private static QueueEvent map(ResultSet rs) throws SQLException {
        String category = rs.getString(7);
        String state = rs.getString(8);
        return new QueueEvent(rs.getLong(1), rs.getString(2),
                Instant.ofEpochMilli(rs.getLong(3)).atZone(CentreTime.ZONE).toOffsetDateTime(), Sql.longOrNull(rs, "ticket_id"),
                rs.getString(5), rs.getString(6), category == null ? null : Category.valueOf(category),
                state == null ? null : TicketState.valueOf(state), Sql.intOrNull(rs, "counter_number"), rs.getString(10),
                rs.getInt(11), rs.getString(12));
    }
}

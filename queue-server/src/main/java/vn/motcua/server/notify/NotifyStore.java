package vn.motcua.server.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.motcua.server.storage.Sql;

/** All SQL of call-backs: contacts of tickets, and the outbox of messages with their attempts. */
public final class NotifyStore {
    /** One outbox row due for sending. */
    record Due(long id, long ticketId, String channel, Message message, int attempts) {
    }

    /** The contact phone of a ticket (from its booking or remote join). */
    public void addContact(Connection c, long ticketId, String phone, long at) throws SQLException {
        Sql.update(c, "INSERT INTO ticket_contact (ticket_id, phone, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (ticket_id) DO NOTHING", ticketId, phone, at);
    }

    Optional<String> phone(Connection c, long ticketId) throws SQLException {
        return Sql.one(c, "SELECT phone FROM ticket_contact WHERE ticket_id = ?", rs -> rs.getString(1), ticketId);
    }

    boolean hasContact(Connection c, long ticketId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM ticket_contact WHERE ticket_id = ?", ticketId) > 0;
    }

    /** Waiting tickets of a service that have a contact and no SOON message yet. */
    List<Long> waitingWithoutSoon(Connection c, String service) throws SQLException {
        return Sql.list(c, "SELECT t.id FROM ticket t JOIN ticket_contact k ON k.ticket_id = t.id WHERE t.state = 'WAITING' "
                + "AND t.service_code = ? AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.ticket_id = t.id AND n.kind = 'SOON')",
                rs -> rs.getLong(1), service);
    }

    /** Queues a message once: a second one of the same ticket, kind and channel is ignored (the unique key). */
    void enqueue(Connection c, long ticketId, String channel, Message m, long now) throws SQLException {
        Sql.update(c, "INSERT INTO notification (ticket_id, kind, channel, number, counter_number, ahead, state, attempts, "
                        + "next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) ON CONFLICT (ticket_id, kind, channel) DO NOTHING",
                ticketId, m.kind().name(), channel, m.number(), m.counter(), m.ahead(), now, now);
    }

    List<Due> due(Connection c, long now, int limit) throws SQLException {
        return Sql.list(c, "SELECT id, ticket_id, channel, kind, number, counter_number, ahead, attempts FROM notification "
                + "WHERE state = 'PENDING' AND next_at <= ? ORDER BY next_at LIMIT " + limit, rs -> new Due(rs.getLong(1),
                rs.getLong(2), rs.getString(3), new Message(Message.Kind.valueOf(rs.getString(4)), rs.getString(5),
                Sql.intOrNull(rs, "counter_number"), Sql.intOrNull(rs, "ahead")), rs.getInt(8)), now);
    }
}

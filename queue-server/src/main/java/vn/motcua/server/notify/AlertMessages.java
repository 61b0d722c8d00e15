package vn.motcua.server.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.motcua.server.storage.Sql;

/** All SQL of the alerts sent to the manager's phone: which episodes are still to tell, and the outbox of messages. */
final class AlertMessages {
    /** An episode not told yet: its id and the live view's Vietnamese text. */
    record Untold(long id, String text) {
    }

    /** One outbox row due for sending. */
    record Due(long id, String channel, String text, int attempts) {
    }

    /** Open, unacknowledged episodes of {@code kinds} not told yet, seen since {@code since}, oldest first. */
    List<Untold> untold(Connection c, List<String> kinds, long since) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
        Object[] args = new Object[kinds.size() + 1];
        for (int i = 0; i < kinds.size(); i++) {
            args[i] = kinds.get(i);
        }
        args[kinds.size()] = since;
        return Sql.list(c, "SELECT id, message_vi FROM live_alert WHERE phoned_at IS NULL AND acked_at IS NULL "
                + "AND resolved_at IS NULL AND kind IN (" + marks + ") AND last_at >= ? ORDER BY first_at, id",
                rs -> new Untold(rs.getLong(1), rs.getString(2)), args);
    }

    Optional<Long> lastCreated(Connection c) throws SQLException {
        return Sql.one(c, "SELECT created_at FROM alert_message ORDER BY created_at DESC LIMIT 1", rs -> rs.getLong(1));
    }

    void told(Connection c, List<Untold> episodes, long at) throws SQLException {
        for (Untold u : episodes) {
            Sql.update(c, "UPDATE live_alert SET phoned_at = ? WHERE id = ?", at, u.id());
        }
    }

    void enqueue(Connection c, String channel, String text, int alerts, long now) throws SQLException {
        Sql.update(c, "INSERT INTO alert_message (channel, text, alerts, state, attempts, next_at, created_at) "
                + "VALUES (?, ?, ?, 'PENDING', 0, ?, ?)", channel, text, alerts, now, now);
    }

    List<Due> due(Connection c, long now, int limit) throws SQLException {
        return Sql.list(c, "SELECT id, channel, text, attempts FROM alert_message WHERE state = 'PENDING' AND next_at <= ? "
                + "ORDER BY next_at LIMIT " + limit, rs -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)), now);
    }
}

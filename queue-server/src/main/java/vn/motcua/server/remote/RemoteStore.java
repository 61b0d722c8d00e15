package vn.motcua.server.remote;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.server.storage.Sql;

/** All SQL of remote tickets. */
final class RemoteStore {
    record Row(long ticketId, String serviceDay, Long confirmedAt, Long skippedAt) {
    }

    void insert(Connection c, long ticketId, String tokenHash, String day, long at) throws SQLException {
        Sql.update(c, "INSERT INTO remote_ticket (ticket_id, token_hash, service_day, created_at) VALUES (?, ?, ?, ?)",
                ticketId, tokenHash, day, at);
    }

    Optional<Row> byToken(Connection c, String tokenHash) throws SQLException {
        return Sql.one(c, "SELECT ticket_id, service_day, confirmed_at, skipped_at FROM remote_ticket WHERE token_hash = ?",
                rs -> new Row(rs.getLong(1), rs.getString(2), Sql.longOrNull(rs, "confirmed_at"), Sql.longOrNull(rs, "skipped_at")),
                tokenHash);
    }

    void confirm(Connection c, long ticketId, long at) throws SQLException {
        Sql.update(c, "UPDATE remote_ticket SET confirmed_at = ? WHERE ticket_id = ?", at, ticketId);
    }

    void skip(Connection c, long ticketId, long at) throws SQLException {
        Sql.update(c, "UPDATE remote_ticket SET skipped_at = ? WHERE ticket_id = ?", at, ticketId);
    }

    long joinedByPhone(Connection c, String phone, String day) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM remote_ticket r JOIN ticket_contact k ON k.ticket_id = r.ticket_id "
                + "WHERE k.phone = ? AND r.service_day = ?", phone, day);
    }

    /** Waiting remote tickets not yet confirmed nor skipped. */
    List<Long> openUnconfirmed(Connection c) throws SQLException {
        return Sql.list(c, "SELECT r.ticket_id FROM remote_ticket r JOIN ticket t ON t.id = r.ticket_id WHERE r.confirmed_at IS NULL "
                + "AND r.skipped_at IS NULL AND t.state = 'WAITING'", rs -> rs.getLong(1));
    }

    Set<Long> unconfirmed(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(", "));
        return new HashSet<>(Sql.list(c, "SELECT ticket_id FROM remote_ticket WHERE confirmed_at IS NULL AND ticket_id IN ("
                + marks + ")", rs -> rs.getLong(1), ids.toArray()));
    }
}

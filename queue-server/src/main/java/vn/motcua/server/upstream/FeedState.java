package vn.motcua.server.upstream;

import java.sql.Connection;
import java.sql.SQLException;
import vn.motcua.server.storage.Sql;

/**
 * How far the hub has acknowledged the outbox and how the link last went; one row, kept in the store so
 * a restart resumes from the last acknowledged id and the manager still sees the last error.
 */
public record FeedState(long sentId, Long lastSuccessAt, String lastError, Long lastErrorAt) {
    private static final int MAX_ERROR = 500;

    public static FeedState read(Connection c) throws SQLException {
        return Sql.one(c, "SELECT sent_id, last_success_at, last_error, last_error_at FROM upstream_state WHERE id = 1",
                rs -> new FeedState(rs.getLong(1), Sql.longOrNull(rs, "last_success_at"), rs.getString(3),
                        Sql.longOrNull(rs, "last_error_at"))).orElseThrow(() -> new SQLException("upstream_state has no row"));
    }

    /** The hub has stored every row up to {@code lastId}; ids only move forward. */
    static void acknowledged(Connection c, long lastId, long at) throws SQLException {
        Sql.update(c, "UPDATE upstream_state SET sent_id = MAX(sent_id, ?), last_success_at = ? WHERE id = 1", lastId, at);
    }

    static void failed(Connection c, String error, long at) throws SQLException {
        String text = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        Sql.update(c, "UPDATE upstream_state SET last_error = ?, last_error_at = ? WHERE id = 1", text, at);
    }
}

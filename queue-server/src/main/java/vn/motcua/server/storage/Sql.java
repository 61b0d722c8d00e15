package vn.motcua.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers so repositories read as SQL plus a row mapper. */
public final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        PreparedStatement cached = StatementCache.statement(c, sql);
        if (cached != null) {
            bind(cached, args);
            try (ResultSet rs = cached.executeQuery()) {
                return rows(rs, mapper);
            }
        }
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            return rows(rs, mapper);
        }
    }

    private static <T> List<T> rows(ResultSet rs, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
            out.add(mapper.map(rs));
        }
        return out;
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        List<T> rows = list(c, sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static long count(Connection c, String sql, Object... args) throws SQLException {
        return one(c, sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement cached = StatementCache.statement(c, sql);
        if (cached != null) {
            bind(cached, args);
            return cached.executeUpdate();
        }
        try (PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    /** Inserts and returns the generated integer key. */
    public static long insert(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement cached = StatementCache.statement(c, sql + " RETURNING rowid");
        if (cached != null) {
            bind(cached, args);
            try (ResultSet keys = cached.executeQuery()) {
                if (!keys.next()) {
                    throw new SQLException("No generated key for: " + sql);
                }
                return keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, args);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No generated key for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        bind(s, args);
        return s;
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            s.setObject(i + 1, a instanceof Enum<?> e ? e.name() : a);
        }
    }
}

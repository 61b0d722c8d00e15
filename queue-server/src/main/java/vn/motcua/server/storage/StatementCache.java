package vn.motcua.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled statements kept per connection. SQLite compiles a statement each time it is prepared, and a
 * ticket runs about fifteen of them: compiling was a large part of a ticket's cost. Only connections that
 * one thread uses at a time (the store's writer and readers) are registered; any other connection gets a
 * fresh statement as before.
 */
final class StatementCache {
    private static final int SIZE = 256;
    private static final Map<Connection, StatementCache> REGISTERED = new ConcurrentHashMap<>();

    private final Connection connection;
    private final LinkedHashMap<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= SIZE) {
                return false;
            }
            closeQuietly(eldest.getValue()); // SQL built from varying lists must not grow the cache without end
            return true;
        }
    };

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    static void register(Connection connection) {
        REGISTERED.put(connection, new StatementCache(connection));
    }

    static void unregister(Connection connection) {
        StatementCache cache = REGISTERED.remove(connection);
        if (cache != null) {
            cache.statements.values().forEach(StatementCache::closeQuietly);
            cache.statements.clear();
        }
    }

    /** A statement to bind and run; the caller closes its result set but not the statement. */
    static PreparedStatement statement(Connection c, String sql) throws SQLException {
        StatementCache cache = REGISTERED.get(c);
        if (cache == null) {
            return null;
        }
        PreparedStatement s = cache.statements.get(sql);
        if (s == null) {
            s = cache.connection.prepareStatement(sql);
            cache.statements.put(sql, s);
        } else {
            s.clearParameters();
        }
        return s;
    }

    private static void closeQuietly(PreparedStatement s) {
        try {
            s.close();
        } catch (SQLException ignored) {
            // a statement that cannot close is gone with its connection
        }
    }
}

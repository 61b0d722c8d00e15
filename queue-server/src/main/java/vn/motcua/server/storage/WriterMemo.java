package vn.motcua.server.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConnection;

/**
 * Rows the writer reads for every ticket but that change seldom: a service's definition, the day's rollover
 * mark, the kiosks' leased blocks, the counters open for a service. Reading them took four of a ticket's
 * statements. A value is kept with the tables it was read from and dropped
 * <ul>
 * <li>when a row of one of those tables changes on the writer's connection: SQLite's update hook reports
 * every change, made by any code path or trigger, before anyone can read it. (It skips only a
 * {@code DELETE} without {@code WHERE} on a table with neither triggers nor foreign keys; nothing deletes
 * from these tables that way.)</li>
 * <li>when a work rolls back, since a value may have been read from the change it undid;</li>
 * <li>when another process (the CLI) has committed, which {@code PRAGMA data_version} shows at each batch.</li>
 * </ul>
 * Only the writer's connection has a memo, and only its one thread uses it; readers run on snapshots of
 * their own and read the tables.
 */
public final class WriterMemo {
    private static final Map<Connection, WriterMemo> REGISTERED = new ConcurrentHashMap<>();

    private final Map<Object, Object> values = new HashMap<>();
    private final Map<String, Set<Object>> keysByTable = new HashMap<>();
    private long dataVersion = -1;

    private WriterMemo() {
    }

    /** Reads a value from the store. */
    @FunctionalInterface
    public interface Load<T> {
        T load() throws SQLException;
    }

    /**
     * The value kept under {@code key} on the writer's connection, loaded once until one of {@code tables}
     * changes; on any other connection it is simply loaded. An empty {@link Optional} is never kept:
     * requests may name any code, and the memo must not grow with them.
     */
    public static <T> T get(Connection c, Object key, Load<T> load, String... tables) throws SQLException {
        WriterMemo memo = REGISTERED.get(c);
        if (memo == null) {
            return load.load();
        }
        @SuppressWarnings("unchecked")
        T kept = (T) memo.values.get(key);
        if (kept != null) {
            return kept;
        }
        T loaded = load.load();
        if (loaded != null && !(loaded instanceof Optional<?> o && o.isEmpty())) {
            memo.values.put(key, loaded);
            for (String table : tables) {
                memo.keysByTable.computeIfAbsent(table, t -> new HashSet<>()).add(key);
            }
        }
        return loaded;
    }

    static WriterMemo register(Connection c) throws SQLException {
        WriterMemo memo = new WriterMemo();
        c.unwrap(SQLiteConnection.class).addUpdateListener((type, database, table, rowId) -> memo.changed(table));
        REGISTERED.put(c, memo);
        return memo;
    }

    static void unregister(Connection c) {
        REGISTERED.remove(c);
    }

    /** Called inside the writer's transaction, where no other process can commit until it ends. */
    void dropIfOthersCommitted(Connection c) throws SQLException {
        long now = Sql.count(c, "PRAGMA data_version");
        if (now != dataVersion) {
            clear();
            dataVersion = now;
        }
    }

    void clear() {
        values.clear();
        keysByTable.clear();
    }

    private void changed(String table) {
        Set<Object> keys = keysByTable.remove(table);
        if (keys != null) {
            keys.forEach(values::remove);
        }
    }
}

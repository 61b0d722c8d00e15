package vn.motcua.server.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteDataSource;

/**
 * Schema versions: the newest migration this jar carries, and the newest one a store file has applied.
 * A store written by a newer jar is never opened by an older one: the older code would not know the new
 * columns' rules, and Flyway by default lets such "future" migrations pass.
 */
public final class SchemaVersions {
    private SchemaVersions() {
    }

    /** The newest migration version in this jar (a constant of the build, computed once). */
    public static int known() {
        return Known.VERSION;
    }

    private static final class Known {
        static final int VERSION = scan();

        private static int scan() {
            SQLiteDataSource empty = new SQLiteDataSource();
            empty.setUrl("jdbc:sqlite::memory:");
            MigrationInfo[] all = Flyway.configure().dataSource(empty).locations(Database.MIGRATIONS).load().info().all();
            return Arrays.stream(all).filter(m -> m.getVersion() != null)
                    .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max()
                    .orElseThrow(() -> new IllegalStateException("no migrations in " + Database.MIGRATIONS));
        }
    }

    /** The newest successfully applied migration in a store; empty for a file with no schema history. */
    public static OptionalInt applied(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!t.next()) {
                    return OptionalInt.empty();
                }
            }
            try (ResultSet r = s.executeQuery(
                    "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                int v = r.next() ? r.getInt(1) : 0;
                return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
            }
        }
    }

    /** The newest applied migration in a store file, read without writing to it; empty for none. */
    public static OptionalInt appliedIn(java.nio.file.Path store) throws SQLException {
        try (Connection c = ReadOnlyStore.open(store)) {
            return applied(c);
        }
    }

    /** Refuses a store whose schema is newer than this jar's, before anything touches it. */
    public static void refuseNewer(java.nio.file.Path store, String what) throws SQLException {
        OptionalInt applied = appliedIn(store);
        if (applied.isPresent() && applied.getAsInt() > known()) {
            throw new NewerSchemaException(what, applied.getAsInt(), known());
        }
    }
}

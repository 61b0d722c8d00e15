package vn.motcua.server.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * A connection that can only read a store file. Checks that must change nothing (a downgrade's schema
 * check, a backup's source, a restore's candidate) use it: a read-write connection that closes last folds a
 * WAL left by a crash into the file, so even a refusal would have rewritten the store.
 */
public final class ReadOnlyStore {
    private ReadOnlyStore() {
    }

    public static Connection open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }
}

package vn.motcua.server.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import vn.motcua.server.storage.StorageException;

/**
 * Read-only connections of their own to the centre's SQLite file. A report over a year takes seconds; on the
 * queue's single locked connection that would stall every kiosk and counter meanwhile. WAL lets these
 * readers work on a consistent snapshot beside the writer.
 */
public final class ReportStore {
    private final String url;

    public ReportStore(Path dataDir) {
        this.url = "jdbc:sqlite:" + dataDir.resolve("queue.db").toAbsolutePath();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T read(Work<T> work) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection c = config.createConnection(url)) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StorageException("Report query failed: " + e.getMessage(), e);
        }
    }
}

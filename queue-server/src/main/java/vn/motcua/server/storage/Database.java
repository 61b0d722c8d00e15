package vn.motcua.server.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;

/**
 * The centre's store: one SQLite file in WAL mode with synchronous=FULL, so a committed transaction
 * survives a power cut. Every access goes through one connection under one lock: the queue is a
 * single-writer system (two counters must never call the same ticket) and SQLite serialises writers
 * anyway, so the lock costs nothing and makes every read-modify-write atomic.
 */
public final class Database implements AutoCloseable {
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock(true);

    private Database(Connection connection) {
        this.connection = connection;
    }

    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("queue.db");
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            SQLiteDataSource migrationSource = new SQLiteDataSource();
            migrationSource.setUrl(url);
            Flyway.configure().dataSource(migrationSource).locations("classpath:db/migration")
                    .load().migrate();
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            c.setAutoCommit(false);
            return new Database(c);
        } catch (Exception e) {
            throw new StorageException("Cannot open the queue database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Work that reads and writes inside one transaction; committed when it returns normally. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T transaction(Work<T> work) {
        return transaction(work, () -> { });
    }

    /**
     * Like {@link #transaction(Work)}, and runs {@code afterCommit} after the commit while still holding
     * the lock, so that what it publishes leaves in commit order.
     */
    public <T> T transaction(Work<T> work, Runnable afterCommit) {
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                afterCommit.run();
                return result;
            } catch (RuntimeException | SQLException e) {
                rollbackQuietly();
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StorageException("Database error: " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Read-only work; runs under the same lock so it sees a consistent state. */
    public <T> T read(Work<T> work) {
        return transaction(work);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the caller needs to see.
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Cannot close the queue database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}

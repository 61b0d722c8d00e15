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
     *
     * <p>Group commit: a caller queues its work, and whichever caller holds the lock runs every queued work
     * in one SQLite transaction, each inside its own savepoint, and commits once. One fsync then
     * acknowledges many tickets; a work that fails rolls back to its savepoint and fails alone. Nobody is
     * told "done" before the commit that holds their change has returned.
     */
    public <T> T transaction(Work<T> work, Runnable afterCommit) {
        Job<T> job = new Job<>(work, afterCommit);
        synchronized (queue) {
            queue.add(job);
        }
        lock.lock();
        try {
            if (!job.finished) {
                runBatch();
            }
        } finally {
            lock.unlock();
        }
        return job.outcome();
    }

    private final java.util.ArrayDeque<Job<?>> queue = new java.util.ArrayDeque<>();

    /** One caller's work and, once its batch has committed, its result or failure. */
    private static final class Job<T> {
        final Work<T> work;
        final Runnable afterCommit;
        T result;
        Throwable failure;
        boolean finished;

        Job(Work<T> work, Runnable afterCommit) {
            this.work = work;
            this.afterCommit = afterCommit;
        }

        T outcome() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new StorageException("Database error: " + failure.getMessage(), failure);
            }
            return result;
        }
    }

    private void runBatch() {
        java.util.List<Job<?>> batch;
        synchronized (queue) {
            batch = new java.util.ArrayList<>(queue);
            queue.clear();
        }
        java.util.List<Job<?>> applied = new java.util.ArrayList<>();
        for (Job<?> job : batch) {
            if (runInSavepoint(job)) {
                applied.add(job);
            }
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            StorageException failed = new StorageException("Commit failed: " + e.getMessage(), e);
            for (Job<?> job : applied) {
                job.failure = failed;
            }
            applied.clear();
        }
        for (Job<?> job : applied) {
            try {
                job.afterCommit.run();
            } catch (RuntimeException e) {
                // committed is committed: a failed notification must not turn into a failed request
                org.slf4j.LoggerFactory.getLogger(Database.class).error("after-commit step failed: {}", e.toString());
            }
        }
        for (Job<?> job : batch) {
            job.finished = true;
        }
    }

    private <T> boolean runInSavepoint(Job<T> job) {
        java.sql.Savepoint savepoint = null;
        try {
            savepoint = connection.setSavepoint();
            job.result = job.work.run(connection);
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (Throwable e) {
            job.failure = e;
            if (savepoint != null) {
                try {
                    connection.rollback(savepoint);
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException ignored) {
                    // the original failure is what the caller needs to see
                }
            }
            return false;
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

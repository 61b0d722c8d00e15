package vn.motcua.server.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;

/**
 * The centre's store: one SQLite file in WAL mode with synchronous=FULL, so a committed transaction
 * survives a power cut. Every write goes through one connection on one writer thread: the queue is a
 * single-writer system (two counters must never call the same ticket) and SQLite serialises writers
 * anyway, so this costs nothing and makes every read-modify-write atomic.
 *
 * <p>Reads run on a small pool of their own connections: WAL gives each a committed snapshot without
 * waiting for the writer, so a token check or a month's report never queues behind an fsync, and a long
 * report never holds up the next ticket.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;
    static final String MIGRATIONS = "classpath:db/migration";

    private final Connection connection;
    private final WriterMemo memo;
    private final java.util.concurrent.BlockingQueue<Connection> readers;
    private final java.util.List<Connection> allReaders;
    private final java.util.concurrent.LinkedBlockingQueue<Job<?>> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closing;

    private Database(Connection connection, WriterMemo memo, java.util.List<Connection> readers) {
        this.connection = connection;
        this.memo = memo;
        this.readers = new java.util.concurrent.ArrayBlockingQueue<>(readers.size(), false, readers);
        this.allReaders = java.util.List.copyOf(readers);
        this.writer = new Thread(this::writeLoop, "db-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("queue.db");
            PrivateFiles.restrict(dataDir, file);
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            if (Files.exists(file)) {
                SchemaVersions.refuseNewer(file, "in " + file);
            }
            SQLiteDataSource migrationSource = new SQLiteDataSource();
            migrationSource.setUrl(url);
            Flyway.configure().dataSource(migrationSource).locations(MIGRATIONS)
                    .load().migrate();
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                // The writer's page cache survives its own commits; SQLite's default 2 MB no longer held the
                // ticket and event indexes of a busy day, so each insert went back to the file for pages.
                s.execute("PRAGMA cache_size=-32768");
            }
            // The writer opens each batch's transaction itself with BEGIN IMMEDIATE (see runBatch).
            StatementCache.register(c);
            WriterMemo memo = WriterMemo.register(c);
            java.util.List<Connection> readers = new java.util.ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                Connection r = DriverManager.getConnection(url);
                try (Statement s = r.createStatement()) {
                    s.execute("PRAGMA query_only=1");
                    s.execute("PRAGMA busy_timeout=5000");
                }
                r.setAutoCommit(false);
                StatementCache.register(r);
                readers.add(r);
            }
            return new Database(c, memo, readers);
        } catch (StorageException e) {
            throw e;
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
     * Like {@link #transaction(Work)}, and runs {@code afterCommit} after the commit on the writer thread,
     * so that what it publishes leaves in commit order. Returns only once the commit holding the work's
     * change has returned: nobody is told "done" before that.
     */
    public <T> T transaction(Work<T> work, Runnable afterCommit) {
        if (Thread.currentThread() == writer) {
            // it would wait for the batch it is part of; callers pass the connection down instead
            throw new IllegalStateException("nested transaction");
        }
        Job<T> job = new Job<>(work, afterCommit);
        synchronized (queue) {
            if (closing) {
                throw new StorageException("The queue database is closed", null);
            }
            queue.add(job);
        }
        job.awaitCommitted();
        return job.outcome();
    }

    /** One caller's work and, once its batch has committed, its result or failure. */
    private static final class Job<T> {
        final Work<T> work;
        final Runnable afterCommit;
        final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        T result;
        Throwable failure;

        Job(Work<T> work, Runnable afterCommit) {
            this.work = work;
            this.afterCommit = afterCommit;
        }

        /** Not interruptible: a caller told "interrupted" could retry work that did commit. */
        void awaitCommitted() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
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

    /**
     * Group commit on one thread: it takes every work queued while the previous batch was committing, runs
     * each inside its own savepoint and commits once. One fsync then acknowledges many tickets; a work that
     * fails rolls back to its savepoint and fails alone. Each caller is woken by its own latch, so a batch
     * of a hundred does not queue again for a lock just to learn that it is done.
     */
    private void writeLoop() {
        java.util.List<Job<?>> batch = new java.util.ArrayList<>();
        while (true) {
            boolean last = false;
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                last = closing; // nothing is queued after closing is set, so this drain is the last
            }
            queue.drainTo(batch);
            if (!batch.isEmpty()) {
                try {
                    runBatch(batch);
                } catch (Throwable e) {
                    // the writer must outlive anything a batch throws, or every later caller would wait forever
                    failUnfinished(batch, e);
                }
                batch.clear();
            }
            if (last) {
                return;
            }
        }
    }

    private void runBatch(java.util.List<Job<?>> batch) throws SQLException {
        // IMMEDIATE takes the write lock before the first read, where the busy timeout applies. A deferred
        // transaction that read first and then wrote could not wait for the lock: SQLite answers SQLITE_BUSY
        // at once there, and readers briefly hold that lock while they re-read the WAL index under load.
        Sql.update(connection, "BEGIN IMMEDIATE");
        memo.dropIfOthersCommitted(connection);
        java.util.List<Job<?>> applied = new java.util.ArrayList<>();
        for (Job<?> job : batch) {
            if (runInSavepoint(job)) {
                applied.add(job);
            }
        }
        try {
            Sql.update(connection, "COMMIT");
        } catch (SQLException e) {
            rollbackQuietly();
            memo.clear();
            StorageException failed = new StorageException("Commit failed: " + e.getMessage(), e);
            for (Job<?> job : applied) {
                job.failure = failed;
            }
            applied.clear();
        }
        for (Job<?> job : applied) {
            try {
                job.afterCommit.run(); // here, on the one writer thread, so what it publishes leaves in commit order
            } catch (RuntimeException e) {
                // committed is committed: a failed notification must not turn into a failed request
                org.slf4j.LoggerFactory.getLogger(Database.class).error("after-commit step failed: {}", e.toString());
            }
        }
        for (Job<?> job : batch) {
            job.done.countDown();
        }
    }

    private void failUnfinished(java.util.List<Job<?>> batch, Throwable e) {
        org.slf4j.LoggerFactory.getLogger(Database.class).error("write batch failed: {}", e.toString());
        rollbackQuietly();
        memo.clear();
        for (Job<?> job : batch) {
            if (job.done.getCount() > 0) {
                if (job.failure == null) {
                    job.failure = new StorageException("Write failed: " + e, e);
                }
                job.done.countDown();
            }
        }
    }

    private <T> boolean runInSavepoint(Job<T> job) {
        boolean open = false;
        try {
            // SQL savepoints rather than JDBC's, which compile a new statement with a new name each time
            Sql.update(connection, "SAVEPOINT job");
            open = true;
            job.result = job.work.run(connection);
            Sql.update(connection, "RELEASE job");
            return true;
        } catch (Throwable e) {
            job.failure = e;
            memo.clear(); // what it kept may have come from the change being undone
            if (open) {
                try {
                    Sql.update(connection, "ROLLBACK TO job");
                    Sql.update(connection, "RELEASE job");
                } catch (SQLException ignored) {
                    // the original failure is what the caller needs to see
                }
            }
            return false;
        }
    }

    /**
     * Read-only work on one committed snapshot. Inside a transaction's work it runs on the writer's
     * connection, so it sees that transaction's own changes.
     */
    public <T> T read(Work<T> work) {
        if (Thread.currentThread() == writer) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StorageException("Database error: " + e.getMessage(), e);
            }
        }
        if (closing) {
            throw new StorageException("The queue database is closed", null);
        }
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for a database reader", e);
        }
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        } finally {
            try {
                reader.rollback(); // ends the snapshot so the next read sees the latest commit
            } catch (SQLException ignored) {
                // a broken reader fails its next read with its own error
            }
            readers.add(reader);
        }
    }

    private void rollbackQuietly() {
        try {
            Sql.update(connection, "ROLLBACK");
        } catch (SQLException ignored) {
            // The original failure is what the caller needs to see.
        }
    }

    /**
     * Waits a while for reads still running (a wait forecast refreshed on the timer, a report) to hand their connections back:
     * a reader left open at exit would keep the WAL beside the file, and the next thing to open the store
     * would then rewrite it. One that does not come back in time is closed under its read.
     */
    private java.util.List<Connection> awaitReadersBack() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        java.util.List<Connection> back = new java.util.ArrayList<>();
        try {
            while (back.size() < allReaders.size()) {
                Connection r = readers.poll(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
                if (r == null) {
                    break;
                }
                back.add(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return back;
    }

    /** Commits what is queued, then closes; work queued after this is refused. */
    @Override
    public void close() {
        synchronized (queue) {
            if (closing) {
                return;
            }
            closing = true;
        }
        writer.interrupt();
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        java.util.List<Connection> back = awaitReadersBack();
        try {
            for (Connection r : allReaders) {
                StatementCache.unregister(r);
                r.close();
            }
            // With every connection closed SQLite folds the WAL into the file itself; done here as well, so a
            // stopped server leaves one self-contained file even if some connection outlived this close.
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            StatementCache.unregister(connection);
            WriterMemo.unregister(connection);
            connection.close();
            // closed, they go back so that a late read fails with "closed" instead of waiting forever for one
            readers.addAll(back);
        } catch (SQLException e) {
            throw new StorageException("Cannot close the queue database: " + e.getMessage(), e);
        }
    }
}

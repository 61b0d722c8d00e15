package vn.motcua.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many writers share commits; one that fails takes nobody else's change with it, and nothing acknowledged is lost. */
class GroupCommitTest {
    @TempDir
    Path dir;

    @Test
    void aFailingWorkRollsBackAloneAndEveryAcknowledgedWorkIsStored() throws Exception {
        Database db = Database.open(dir);
        db.transaction(c -> Sql.update(c, "CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE)"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Set acknowledged = new Set();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                try {
                    db.transaction(c -> {
                        Sql.update(c, "INSERT INTO probe (n) VALUES (?)", n);
                        if (n % 3 == 0) {
                            throw new IllegalStateException("refused " + n); // after its insert: must be undone
                        }
                        return null;
                    });
                    acknowledged.add(n);
                } catch (IllegalStateException e) {
                    refused.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        db.close();

        Database reopened = Database.open(dir);
        List<Integer> stored = reopened.read(c -> Sql.list(c, "SELECT n FROM probe ORDER BY n", rs -> rs.getInt(1)));
        reopened.close();
        assertThat(refused.get()).isEqualTo(667);
        assertThat(stored).hasSize(2000 - 667).allMatch(n -> n % 3 != 0);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged.values());
    }

    @Test
    void aLongReadNeitherBlocksWritersNorSeesHalfOfThem() throws Exception {
        try (Database db = Database.open(dir)) {
            db.transaction(c -> Sql.update(c, "CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"));
            db.transaction(c -> Sql.update(c, "INSERT INTO probe (n) VALUES (1)"));
            java.util.concurrent.CountDownLatch readStarted = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch writeDone = new java.util.concurrent.CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<List<Long>> read = pool.submit(() -> db.read(c -> {
                long first = Sql.count(c, "SELECT COUNT(*) FROM probe");
                readStarted.countDown();
                try {
                    writeDone.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return List.of(first, Sql.count(c, "SELECT COUNT(*) FROM probe"));
            }));
            readStarted.await();
            db.transaction(c -> Sql.update(c, "INSERT INTO probe (n) VALUES (2)")); // would wait forever behind a shared lock
            writeDone.countDown();
            assertThat(read.get()).as("one snapshot for the whole read").containsExactly(1L, 1L);
            long after = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM probe"));
            assertThat(after).as("the next read sees the commit").isEqualTo(2L);
            pool.shutdown();
        }
    }

    @Test
    void aReadInsideATransactionSeesItsChangesAndANestedTransactionIsRefused() {
        try (Database db = Database.open(dir)) {
            db.transaction(c -> Sql.update(c, "CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"));
            long seen = db.transaction(c -> {
                Sql.update(c, "INSERT INTO probe (n) VALUES (7)");
                return db.read(r -> Sql.count(r, "SELECT COUNT(*) FROM probe"));
            });
            assertThat(seen).isEqualTo(1L);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.transaction(c -> db.transaction(d -> 1)))
                    .hasMessageContaining("nested transaction");
            long stored = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM probe"));
            assertThat(stored).isEqualTo(1L);
        }
    }

    private static final class Set {
        private final java.util.Set<Integer> values = ConcurrentHashMap.newKeySet();

        void add(int n) {
            values.add(n);
        }

        java.util.Set<Integer> values() {
            return values;
        }
    }

    /**
     * Another process writing the same file (the CLI revoking a device while the server runs) holds the write
     * lock for a moment: the server's next transaction, which reads before it writes, waits for it instead of
     * failing with SQLITE_BUSY.
     */
    @Test
    void aTransactionWaitsForAWriteLockHeldByAnotherConnection() throws Exception {
        try (Database db = Database.open(dir)) {
            db.transaction(c -> Sql.update(c, "CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"));
            try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queue.db"));
                 java.sql.Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                s.execute("INSERT INTO probe (n) VALUES (1)");
                ExecutorService pool = Executors.newSingleThreadExecutor();
                Future<Integer> write = pool.submit(() -> db.transaction(c -> {
                    long before = Sql.count(c, "SELECT COUNT(*) FROM probe");
                    return Sql.update(c, "INSERT INTO probe (n) VALUES (?)", before + 10);
                }));
                Thread.sleep(300);
                assertThat(write).isNotDone();
                s.execute("COMMIT");
                assertThat(write.get()).isEqualTo(1);
                pool.shutdown();
            }
            // it read after the other commit, so it saw that row
            List<Integer> stored = db.read(c -> Sql.list(c, "SELECT n FROM probe ORDER BY n", rs -> rs.getInt(1)));
            assertThat(stored).containsExactly(1, 11);
        }
    }
}

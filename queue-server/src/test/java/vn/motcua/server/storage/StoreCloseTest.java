package vn.motcua.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stopped server leaves its store as one self-contained file, and reading a store's schema (what the
 * package's preinst does before refusing a downgrade) never writes to it, even when a crash left a WAL.
 */
class StoreCloseTest {
    @TempDir
    Path dir;

    @Test
    void closingTheStoreFoldsTheWalIntoTheFile() throws Exception {
        Database db = storeHolding(42);
        db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT x FROM close_test")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
        db.close();
        Path wal = dir.resolve("queue.db-wal");
        assertThat(Files.exists(wal) ? Files.size(wal) : 0L).as("bytes left in queue.db-wal after close").isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queue.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT x FROM close_test")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(42);
        }
    }

    /** A read still running when the server stops (a forecast refresh, a report) used to keep its reader open past exit. */
    @Test
    void closingWaitsForAReadStillRunningAndLeavesNoWal() throws Exception {
        Database db = storeHolding(7);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread slowRead = new Thread(() -> db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT x FROM close_test")) {
                r.next();
                reading.countDown();
                finish.await();
                return r.getInt(1);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        slowRead.start();
        reading.await();
        Thread closer = new Thread(db::close);
        closer.start();
        Thread.sleep(300);
        finish.countDown();
        closer.join(10_000);
        slowRead.join(10_000);
        Path wal = dir.resolve("queue.db-wal");
        assertThat(Files.exists(wal) ? Files.size(wal) : 0L).as("bytes left in queue.db-wal after close").isZero();
    }

    @Test
    void readingTheSchemaOfAStoreACrashLeftWithAWalChangesNoByte() throws Exception {
        Path live = Files.createDirectories(dir.resolve("live"));
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        Database.open(live).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live.resolve("queue.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // a newer jar's migration, committed to the WAL only
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (9999, '9999', 'newer', 'SQL', 'V9999__x.sql',"
                    + " 0, 'test', 0, 1)");
            // the files as a power cut leaves them: the connection never closed, its commit only in the WAL
            for (String name : new String[] {"queue.db", "queue.db-wal", "queue.db-shm"}) {
                Files.copy(live.resolve(name), crashed.resolve(name));
            }
        }
        assertThat(Files.size(crashed.resolve("queue.db-wal"))).as("the crash left a WAL").isPositive();
        String before = md5(crashed.resolve("queue.db"));

        assertThat(SchemaVersions.appliedIn(crashed.resolve("queue.db"))).hasValue(9999);

        assertThat(md5(crashed.resolve("queue.db"))).as("queue.db after the schema was read").isEqualTo(before);
        assertThat(Files.size(crashed.resolve("queue.db-wal"))).as("the WAL is left for the server's next start").isPositive();
    }

    /** A store in {@code dir} with one committed row in a table of its own. */
    private Database storeHolding(int x) {
        Database db = Database.open(dir);
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE close_test (x INTEGER)");
                s.execute("INSERT INTO close_test VALUES (" + x + ")");
            }
            return null;
        });
        return db;
    }

    private static String md5(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
    }
}

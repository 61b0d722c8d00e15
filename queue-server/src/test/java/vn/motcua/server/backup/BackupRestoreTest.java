package vn.motcua.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.NewerSchemaException;
import vn.motcua.server.storage.SchemaVersions;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;

/** Online backups while tickets are issued, pruning, and every refusal of a restore. */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T02:00:00Z"));

    @Test
    void aBackupTakenWhileTicketsAreIssuedIsOneConsistentSnapshotAndRestoresThem() throws Exception {
        Path backups = tmp.resolve("backups");
        Path backup;
        long ticketsInBackup;
        try (TestCentre centre = new TestCentre()) {
            for (int i = 0; i < 20; i++) {
                assertThat(centre.issue("A", "NORMAL").status()).isEqualTo(201);
            }
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService issuers = Executors.newFixedThreadPool(2);
            List<Future<Integer>> issued = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                issued.add(issuers.submit(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        if (centre.issue("B", "NORMAL").status() == 201) {
                            n++;
                        }
                    }
                    return n;
                }));
            }
            Thread.sleep(200);
            Backups.Result r = new Backups(clock).backup(centre.dataDir, backups, 3);
            stop.set(true);
            int during = issued.get(0).get() + issued.get(1).get();
            issuers.shutdown();
            backup = r.file();
            assertThat(r.schema()).isEqualTo(SchemaVersions.known());
            assertThat(backup.getFileName().toString()).matches("queue-20261201-090000-000-v\\d+\\.db");
            assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(during).isPositive();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
                var rs = s.executeQuery("SELECT COUNT(*) FROM ticket");
                rs.next();
                ticketsInBackup = rs.getLong(1);
                // every ticket in the copy has its issue event: a snapshot, not a torn read
                var events = s.executeQuery("SELECT COUNT(*) FROM ticket t WHERE NOT EXISTS "
                        + "(SELECT 1 FROM event e WHERE e.ticket_id = t.id)");
                events.next();
                assertThat(events.getLong(1)).isZero();
            }
            assertThat(ticketsInBackup).isBetween(20L, 20L + during);
            centre.close();
            Restore.Result restored = new Restore(clock).restore(backup, centre.dataDir);
            assertThat(restored.tickets()).isEqualTo(ticketsInBackup);
            assertThat(restored.keptAside()).isDirectory();
            assertThat(restored.keptAside().resolve("queue.db")).exists();
        }
    }

    @Test
    void onlyTheNewestCopiesAreKept() throws Exception {
        Path data = tmp.resolve("data");
        Database.open(data).close();
        Backups backups = new Backups(clock);
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(backups.backup(data, tmp.resolve("b"), 2).file());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(Backups.list(tmp.resolve("b"))).containsExactly(made.get(2), made.get(3));
        Restore.check(made.get(3));
        try (var files = Files.list(tmp.resolve("b"))) {
            // one self-contained file per backup, also after it was read: no -wal, -shm or .part beside it
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    made.get(2).getFileName().toString(), made.get(3).getFileName().toString());
        }
    }

    @Test
    void aDamagedFileIsRefusedAndTheLiveStoreIsLeftAlone() throws Exception {
        Path data = tmp.resolve("data");
        Database.open(data).close();
        Path backup = new Backups(clock).backup(data, tmp.resolve("b"), 5).file();
        long size = Files.size(backup);
        try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "rw")) {
            // scribble over the middle pages (b-tree pages of the tables), not the header
            f.seek(size / 2);
            f.write(new byte[(int) Math.min(8192, size / 4)]);
            f.seek(size / 2 + 100);
            f.write("garbage garbage garbage".getBytes());
        }
        byte[] live = Files.readAllBytes(data.resolve("queue.db"));
        assertThatThrownBy(() -> new Restore(clock).restore(backup, data))
                .isInstanceOf(BackupException.class).hasMessageContaining("restore refused, nothing was changed");
        assertThat(Files.readAllBytes(data.resolve("queue.db"))).isEqualTo(live);

        Path notSqlite = Files.writeString(tmp.resolve("notes.db"), "this is not a database, just text ".repeat(200));
        assertThatThrownBy(() -> Restore.check(notSqlite)).hasMessageContaining("SQLite cannot read it");
        Path otherDb = tmp.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + otherDb); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE x (a)");
        }
        assertThatThrownBy(() -> Restore.check(otherDb)).hasMessageContaining("not a queue-server backup");
    }

    @Test
    void aNewerSchemaIsRefusedByRestoreAndByTheServer() throws Exception {
        Path data = tmp.resolve("data");
        Database.open(data).close();
        int next = SchemaVersions.known() + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("queue.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE from_the_future (a)");
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (" + (next + 100) + ", '" + next
                    + "', 'future', 'SQL', 'V" + next + "__future.sql', 1, 'test', 1, 1)");
        }
        Path newer = new Backups(clock).backup(data, tmp.resolve("b"), 5).file();
        assertThat(newer.getFileName().toString()).endsWith("-v" + next + ".db");
        assertThatThrownBy(() -> Restore.check(newer)).hasMessageContaining("schema version " + next)
                .hasMessageContaining("newer");
        byte[] before = Files.readAllBytes(data.resolve("queue.db"));
        assertThatThrownBy(() -> Database.open(data)).isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining("downgrade refused, nothing was changed");
        assertThat(Files.readAllBytes(data.resolve("queue.db"))).isEqualTo(before);
    }

    @Test
    void aRestoreUnderARunningServerIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        Database.open(data).close();
        Path backup = new Backups(clock).backup(data, tmp.resolve("b"), 5).file();
        try (ServerLock lock = ServerLock.acquire(data)) {
            assertThat(ServerLock.held(data)).isTrue();
            assertThatThrownBy(() -> new Restore(clock).restore(backup, data)).hasMessageContaining("stop it first");
        }
        assertThat(ServerLock.held(data)).isFalse();
        assertThat(new Restore(clock).restore(backup, data).tickets()).isZero();
    }
}

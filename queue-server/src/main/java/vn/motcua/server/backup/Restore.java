package vn.motcua.server.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;
import vn.motcua.client.CentreTime;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.ReadOnlyStore;
import vn.motcua.server.storage.SchemaVersions;

/**
 * Puts a backup back as the centre's store. Everything that can refuse is checked on the backup alone,
 * before the live store is touched: SQLite's integrity check, a schema history, a schema no newer than
 * this jar's. The store it replaces is moved aside, not deleted, and the restored file is migrated to
 * this jar's schema at once so a problem shows here rather than at the next start.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    public Restore(Clock clock) {
        this.clock = clock;
    }

    /** What was restored and where the replaced store went (null when there was none). */
    public record Result(int backupSchema, int schemaNow, long tickets, Path keptAside) {
    }

    public Result restore(Path from, Path dataDir) throws IOException, SQLException {
        int schema = check(from);
        try (ServerLock lock = ServerLock.acquire(dataDir)) {
            Path store = StoreFiles.store(dataDir);
            Path incoming = dataDir.resolve(StoreFiles.STORE + ".restoring");
            Files.copy(from, incoming, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel c = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            StoreFiles.ownerOnly(incoming);
            Path aside = null;
            if (Files.exists(store)) {
                aside = dataDir.resolve("before-restore-" + STAMP.format(clock.instant().atZone(CentreTime.ZONE)));
                Files.createDirectories(aside);
                StoreFiles.ownerOnly(aside);
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Path f = dataDir.resolve(StoreFiles.STORE + suffix);
                    if (Files.exists(f)) {
                        Files.move(f, aside.resolve(f.getFileName()));
                    }
                }
            }
            Files.move(incoming, store, StandardCopyOption.ATOMIC_MOVE);
            Database.open(dataDir).close(); // migrates an older backup to this jar's schema now
            try (Connection c = ReadOnlyStore.open(store); var s = c.createStatement();
                 var r = s.executeQuery("SELECT COUNT(*) FROM ticket")) {
                r.next();
                return new Result(schema, SchemaVersions.applied(c).orElse(0), r.getLong(1), aside);
            }
        }
    }

    /** The backup's schema version, or a refusal that names what is wrong with it. */
    public static int check(Path from) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new BackupException("Không tìm thấy tệp sao lưu / backup file not found: " + from);
        }
        try (Connection c = ReadOnlyStore.open(from)) {
            String integrity = StoreFiles.integrity(c);
            if (!"ok".equals(integrity)) {
                throw refused(from, "it is damaged (integrity check: " + integrity + ")");
            }
            OptionalInt schema = SchemaVersions.applied(c);
            if (schema.isEmpty()) {
                throw refused(from, "it has no schema history: not a queue-server backup");
            }
            if (schema.getAsInt() > SchemaVersions.known()) {
                throw refused(from, "it has schema version " + schema.getAsInt() + ", newer than the "
                        + SchemaVersions.known() + " this queue-server knows; restore it with that newer version");
            }
            return schema.getAsInt();
        } catch (SQLException e) {
            throw refused(from, "SQLite cannot read it (" + e.getMessage() + ")");
        }
    }

    private static BackupException refused(Path from, String why) {
        return new BackupException("Không khôi phục / restore refused, nothing was changed: " + from + ": " + why);
    }
}

package vn.motcua.server.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.motcua.client.CentreTime;
import vn.motcua.server.storage.ReadOnlyStore;
import vn.motcua.server.storage.SchemaVersions;

/**
 * Online backups of the centre's store with SQLite's backup API: the copy is one consistent snapshot
 * taken under a read transaction, so tickets keep being issued (WAL readers do not block the writer)
 * and none is half in the copy. A copy is checked before it counts, and only the newest N are kept.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** queue-20261201-093000-123-v8.db: sorts by time, says its schema. */
    static final Pattern NAME = Pattern.compile("queue-\\d{8}-\\d{6}-\\d{3}-v\\d+\\.db");

    private final Clock clock;

    public Backups(Clock clock) {
        this.clock = clock;
    }

    /** What one backup made and what it pruned. */
    public record Result(Path file, long bytes, int schema, List<Path> removed) {
    }

    /** Copies the store in {@code dataDir} into {@code toDir}, then keeps only the newest {@code keep} copies. */
    public Result backup(Path dataDir, Path toDir, int keep) throws IOException, SQLException {
        if (keep < 1) {
            throw new IllegalArgumentException("--keep must be at least 1");
        }
        Path store = StoreFiles.store(dataDir);
        if (!Files.isRegularFile(store)) {
            throw new BackupException("Không có dữ liệu để sao lưu / no store to back up: " + store + " does not exist");
        }
        Files.createDirectories(toDir);
        StoreFiles.ownerOnly(toDir);
        String stamp = STAMP.format(clock.instant().atZone(CentreTime.ZONE));
        int schema;
        Path part = toDir.resolve("queue-" + stamp + ".db.part");
        try (Connection source = ReadOnlyStore.open(store)) {
            schema = SchemaVersions.applied(source).orElseThrow(() ->
                    new BackupException(store + " has no schema history: not a queue-server store"));
            Files.deleteIfExists(part);
            try (Statement s = source.createStatement()) {
                // sqlite-jdbc runs sqlite3_backup_step(-1): every page in one step, one snapshot
                s.executeUpdate("backup to " + quoted(part));
            }
        }
        Path file = toDir.resolve("queue-" + stamp + "-v" + schema + ".db");
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + part.toAbsolutePath())) {
            try (Statement s = copy.createStatement()) {
                // the copy carries the store's WAL flag; in rollback mode it is one file, with no -wal/-shm
                // appearing beside it whenever it is opened
                s.execute("PRAGMA journal_mode=DELETE");
            }
            String integrity = StoreFiles.integrity(copy);
            if (!"ok".equals(integrity)) {
                throw new BackupException("The copy failed its integrity check (" + integrity + "); nothing was kept");
            }
        } catch (SQLException | BackupException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        StoreFiles.ownerOnly(part);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        return new Result(file, Files.size(file), schema, prune(toDir, keep));
    }

    /** The backups in a folder, oldest first. */
    public static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
    }

    private static List<Path> prune(Path dir, int keep) throws IOException {
        List<Path> all = list(dir);
        List<Path> removed = new ArrayList<>();
        for (int i = 0; i < all.size() - keep; i++) {
            Files.delete(all.get(i));
            removed.add(all.get(i));
        }
        return removed;
    }

    private static String quoted(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.contains("'") || path.contains("\"")) {
            throw new IllegalArgumentException("backup folder path must not contain quotes: " + path);
        }
        return "'" + path + "'";
    }
}

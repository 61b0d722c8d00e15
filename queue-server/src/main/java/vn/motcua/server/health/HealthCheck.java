package vn.motcua.server.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.SchemaVersions;

/**
 * What /health looks at: that the store takes a write transaction through the one writer (so a stuck
 * writer or a read-only file shows), and the free space where the store grows. The answer is kept for a
 * second so a monitor polling hard does not queue behind tickets.
 */
public final class HealthCheck {
    static final long DISK_FAILED_BYTES = 100L * 1024 * 1024;
    static final long DISK_LOW_BYTES = 1024L * 1024 * 1024;
    private static final long WRITER_TIMEOUT_MS = 2_000;
    private static final long KEEP_MS = 1_000;

    private final Database db;
    private final Path dataDir;
    private final Clock clock;
    private final DiskSpace disk;
    private volatile Health last;
    private volatile long lastAt;

    /** Free bytes where the store lives; a seam so tests can pretend a full disk. */
    @FunctionalInterface
    public interface DiskSpace {
        long usableBytes(Path dir) throws IOException;
    }

    public HealthCheck(Database db, Path dataDir, Clock clock) {
        // statvfs on the folder itself: FileStore needs the mount table, which a chroot may not show
        this(db, dataDir, clock, HealthCheck::usableBytes);
    }

    public HealthCheck(Database db, Path dataDir, Clock clock, DiskSpace disk) {
        this.db = db;
        this.dataDir = dataDir;
        this.clock = clock;
        this.disk = disk;
    }

    private static long usableBytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder");
        }
        return dir.toFile().getUsableSpace();
    }

    public Health check() {
        long now = clock.millis();
        Health kept = last;
        if (kept != null && now - lastAt < KEEP_MS && now >= lastAt) {
            return kept;
        }
        Map<String, PartHealth> parts = new LinkedHashMap<>();
        parts.put("database", database());
        parts.put("disk", disk());
        Health h = Health.of(String.valueOf(HealthCheck.class.getPackage().getImplementationVersion()), parts);
        last = h;
        lastAt = now;
        return h;
    }

    private PartHealth database() {
        Path store = dataDir.resolve("queue.db");
        if (!Files.isWritable(store)) {
            return PartHealth.failed("store not writable: " + store);
        }
        // an empty write transaction: BEGIN IMMEDIATE takes the write lock through the writer thread
        CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() ->
                db.transaction(c -> SchemaVersions.applied(c).orElse(0)));
        try {
            int schema = write.get(WRITER_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return PartHealth.ok("writable, schema " + schema);
        } catch (TimeoutException e) {
            return PartHealth.failed("the store's writer did not answer within " + WRITER_TIMEOUT_MS + " ms");
        } catch (ExecutionException e) {
            return PartHealth.failed("write transaction failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PartHealth.failed("interrupted");
        }
    }

    private PartHealth disk() {
        try {
            long free = disk.usableBytes(dataDir);
            String detail = (free / (1024 * 1024)) + " MB free in " + dataDir;
            if (free < DISK_FAILED_BYTES) {
                return PartHealth.failed(detail + " (below " + DISK_FAILED_BYTES / (1024 * 1024) + " MB)");
            }
            if (free < DISK_LOW_BYTES) {
                return PartHealth.degraded(detail + " (below " + DISK_LOW_BYTES / (1024 * 1024) + " MB)");
            }
            return PartHealth.ok(detail);
        } catch (IOException e) {
            return PartHealth.failed("cannot read free space of " + dataDir + ": " + e.getMessage());
        }
    }
}

package vn.motcua.server.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS lock on {@code server.lock} in the data folder, held while a server serves it: a restore must
 * not swap the store under a running server, and two servers must not share one store. The kernel drops
 * the lock when the process dies, so a crash leaves nothing to clean up.
 */
public final class ServerLock implements AutoCloseable {
    static final String FILE = "server.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ServerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or says who holds it. */
    public static ServerLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new BackupException("Một queue-server khác đang chạy trên " + dataDir + " / another queue-server is "
                    + "serving " + dataDir + ": stop it first (systemctl stop motcua-server)");
        }
        return new ServerLock(channel, lock);
    }

    /** Whether a server holds the data folder now. */
    public static boolean held(Path dataDir) throws IOException {
        if (!Files.exists(dataDir.resolve(FILE))) {
            return false;
        }
        try (ServerLock probe = acquire(dataDir)) {
            return false;
        } catch (BackupException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}

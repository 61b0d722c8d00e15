package vn.motcua.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data folder holds names, personal numbers and document images: only the server's own user may
 * enter it (0700) or read the store (0600). SQLite gives its -wal and -shm files the store's mode. An
 * existing install made with 0755/0644 is tightened on the next start.
 */
final class PrivateFiles {
    private PrivateFiles() {
    }

    static void restrict(Path dataDir, Path store) throws IOException {
        // the file system, not Files.getFileStore: that looks the folder's mount up in /proc/mounts and fails with
        // "Mount point not found" in a chroot (the package's postinst under debootstrap) or a bare container
        if (!dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // not a POSIX file system (a test on Windows): nothing to tighten
        }
        try {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            if (Files.notExists(store)) {
                Files.createFile(store, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path f = store.resolveSibling(store.getFileName() + suffix);
                if (Files.exists(f)) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (UnsupportedOperationException e) {
            throw new UncheckedIOException(new IOException("cannot make " + dataDir + " private", e));
        }
    }
}

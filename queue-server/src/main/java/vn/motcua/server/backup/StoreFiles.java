package vn.motcua.server.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The store file's place in a data folder, and the read-only checks a backup or a restore makes. */
final class StoreFiles {
    static final String STORE = "queue.db";

    private StoreFiles() {
    }

    static Path store(Path dataDir) {
        return dataDir.resolve(STORE);
    }

    /** "ok", or SQLite's first complaints about the file. */
    static String integrity(Connection c) throws SQLException {
        StringBuilder problems = new StringBuilder();
        try (Statement s = c.createStatement(); var r = s.executeQuery("PRAGMA integrity_check(5)")) {
            while (r.next()) {
                if (problems.length() > 0) {
                    problems.append("; ");
                }
                problems.append(r.getString(1));
            }
        }
        return problems.toString();
    }

    /** Names, numbers and document images: the owner only. */
    static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                    Files.isDirectory(file) ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to narrow
        }
    }
}

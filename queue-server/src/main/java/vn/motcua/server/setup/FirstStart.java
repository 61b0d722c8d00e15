package vn.motcua.server.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.server.auth.AuthService;
import vn.motcua.server.auth.Role;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * A packaged server's first start: with no administrator yet it creates {@code admin} with a random
 * password, and with no device yet one kiosk and one board token. The secrets go to files only the
 * service user can read, never to the journal; the journal gets where they are.
 */
public final class FirstStart {
    static final String FOLDER = "first-start";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final AuthService auth;

    public FirstStart(Database db, AuthService auth) {
        this.db = db;
        this.auth = auth;
    }

    /** Creates what is missing and returns one line per secret file written (none on later starts). */
    public List<String> run(Path dataDir) throws IOException {
        List<String> written = new ArrayList<>();
        Path folder = dataDir.resolve(FOLDER);
        boolean noAdmin = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM app_user WHERE role = ?", Role.ADMIN.name())) == 0;
        if (noAdmin) {
            String password = password();
            auth.addUser("admin", password.toCharArray(), Role.ADMIN, "Quản trị hệ thống");
            written.add("admin login 'admin': password in " + secret(folder, "admin.password", password));
        }
        boolean noDevice = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM device")) == 0;
        if (noDevice) {
            written.add("kiosk device 'kiosk-1': token in "
                    + secret(folder, "kiosk-1.token", auth.addDevice(Role.KIOSK, "kiosk-1")));
            written.add("board device 'board-1': token in "
                    + secret(folder, "board-1.token", auth.addDevice(Role.BOARD, "board-1")));
        }
        return written;
    }

    private static Path secret(Path folder, String name, String value) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path file = folder.resolve(name);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, value + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        return file.toAbsolutePath();
    }

    private static String password() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}

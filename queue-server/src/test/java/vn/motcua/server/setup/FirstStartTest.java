package vn.motcua.server.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.server.auth.AuthService;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.storage.Database;

class FirstStartTest {
    @TempDir
    Path data;

    @Test
    void theFirstStartWritesWorkingSecretsOnceAndOwnerOnly() throws Exception {
        try (Database db = Database.open(data)) {
            AuthService auth = new AuthService(db, Clock.systemUTC(), new PasswordHasher(1000));
            List<String> lines = new FirstStart(db, auth).run(data);
            assertThat(lines).hasSize(3);
            Path folder = data.resolve("first-start");
            assertThat(lines.get(0)).contains(folder.resolve("admin.password").toString());
            assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(folder.resolve("kiosk-1.token")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String password = Files.readString(folder.resolve("admin.password")).strip();
            assertThat(auth.login("admin", password).role().wireName()).isEqualTo("admin");
            assertThat(auth.authenticate(Files.readString(folder.resolve("kiosk-1.token")).strip())).isPresent();
            assertThat(auth.authenticate(Files.readString(folder.resolve("board-1.token")).strip())).isPresent();
            // a restart changes nothing and prints nothing
            assertThat(new FirstStart(db, auth).run(data)).isEmpty();
            assertThat(Files.readString(folder.resolve("admin.password")).strip()).isEqualTo(password);
        }
    }
}

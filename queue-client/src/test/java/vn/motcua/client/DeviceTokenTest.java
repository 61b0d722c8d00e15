package vn.motcua.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceTokenTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void fileWinsAndAPrivateFileGivesNoWarning() throws Exception {
        Path file = dir.resolve("kiosk.token");
        Files.writeString(file, "abc-DEF_123\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        String token = DeviceToken.resolve("from-option", file, Map.of("MOTCUA_KIOSK_TOKEN", "from-env"),
                "MOTCUA_KIOSK_TOKEN", warnings::add);
        assertThat(token).isEqualTo("abc-DEF_123");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aWorldReadableFileIsUsedWithAWarning() throws Exception {
        Path file = dir.resolve("kiosk.token");
        Files.writeString(file, "tok");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(DeviceToken.resolve(null, file, Map.of(), "X", warnings::add)).isEqualTo("tok");
        assertThat(warnings).singleElement().asString().contains("chmod 0600");
    }

    @Test
    void theOptionWarnsThatPsShowsIt() {
        assertThat(DeviceToken.resolve("tok", null, Map.of(), "X", warnings::add)).isEqualTo("tok");
        assertThat(warnings).singleElement().asString().contains("ps");
    }

    @Test
    void theEnvironmentIsTheLastPlaceLooked() {
        assertThat(DeviceToken.resolve(null, null, Map.of("MOTCUA_KIOSK_TOKEN", " tok \n"), "MOTCUA_KIOSK_TOKEN",
                warnings::add)).isEqualTo("tok");
        assertThat(DeviceToken.resolve(null, null, Map.of(), "MOTCUA_KIOSK_TOKEN", warnings::add)).isNull();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aMissingOrEmptyFileIsRefusedByName() throws Exception {
        Path missing = dir.resolve("none.token");
        assertThatThrownBy(() -> DeviceToken.resolve(null, missing, Map.of(), "X", warnings::add))
                .hasMessageContaining(missing.toString());
        Path empty = Files.writeString(dir.resolve("empty.token"), "\n");
        assertThatThrownBy(() -> DeviceToken.resolve(null, empty, Map.of(), "X", warnings::add))
                .hasMessageContaining("empty");
    }
}

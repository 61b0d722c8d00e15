package vn.motcua.board.led;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedProfileTest {
    @Test
    void readsTheShippedExample() throws Exception {
        LedProfile p = LedProfile.read(Path.of("led-profiles/example.json"));
        assertThat(p.port()).isEqualTo("/dev/ttyUSB0");
        assertThat(p.baud()).isEqualTo(9600);
        assertThat(p.counters()).containsEntry(5, 5).hasSize(8);
        assertThat(LedProtocols.byName(p.protocol(), p.width()).name()).isEqualTo("stx-xor");
    }

    @Test
    void fillsDefaultsAndRefusesAProfileWithoutBoards(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, "{\"port\":\"/dev/ttyS0\",\"counters\":{\"2\":7}}");
        LedProfile p = LedProfile.read(ok);
        assertThat(p.baud()).isEqualTo(9600);
        assertThat(p.width()).isEqualTo(5);
        assertThat(p.resyncSeconds()).isEqualTo(60);
        assertThat(p.counters()).containsEntry(2, 7);

        Path none = dir.resolve("none.json");
        Files.writeString(none, "{\"port\":\"/dev/ttyS0\",\"counters\":{}}");
        assertThatThrownBy(() -> LedProfile.read(none)).hasMessageContaining("counters");

        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"port\":\"/dev/ttyS0\",\"bauds\":9600,\"counters\":{\"1\":1}}");
        assertThatThrownBy(() -> LedProfile.read(typo)).hasMessageContaining("bauds");
    }
}

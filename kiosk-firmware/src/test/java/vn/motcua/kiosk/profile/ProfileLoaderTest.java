package vn.motcua.kiosk.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.kiosk.support.Golden;

class ProfileLoaderTest {
    private final ProfileLoader loader = new ProfileLoader();

    @ParameterizedTest
    @ValueSource(strings = {"../hardware-profiles/sim.json", "../hardware-profiles/rpi4-serial-58mm.json",
            "../hardware-profiles/x86-usb-80mm.json", "sim"})
    void theShippedProfilesAreValid(String reference) {
        HardwareProfile profile = loader.load(reference);
        assertThat(profile.printer().dotsPerLine()).isEqualTo(profile.printer().paperWidthMm() == 58 ? 384 : 576);
    }

    static Stream<Path> badProfiles() throws Exception {
        return Golden.inputs("profiles", ".json");
    }

    /** src/test/resources/profiles: each bad profile beside the field names its refusal must mention. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void aBadProfileIsRefusedNamingTheField(Path file) throws Exception {
        var expected = Files.readAllLines(Golden.expected(file, ".expected.txt"));
        assertThatThrownBy(() -> loader.load(file.toString()))
                .isInstanceOf(ProfileException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(expected));
    }
}

package vn.motcua.kiosk.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.client.Json;
import vn.motcua.kiosk.support.Golden;

/**
 * src/test/resources/mrz: TD1 texts (written with check digits computed by an independent script)
 * beside the parse result expected for them.
 */
class MrzBlackboxTest {
    private final ObjectMapper json = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final MrzParser parser = new MrzParser(CccdBlackboxTest.TODAY);

    static Stream<Path> texts() throws Exception {
        return Golden.inputs("mrz", ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void parsesAsExpected(Path text) throws Exception {
        MrzResult result = parser.parse(Files.readString(text));
        Path expected = Golden.expected(text, ".json");
        if (Golden.updating()) {
            Files.writeString(expected, json.writeValueAsString(result) + "\n");
        }
        assertThat(json.readTree(json.writeValueAsString(result))).isEqualTo(json.readTree(expected.toFile()));
        String name = text.getFileName().toString();
        assertThat(result.valid()).isEqualTo(!name.startsWith("error-"));
        assertThat(result.warnings().isEmpty()).isEqualTo(!name.startsWith("warning-"));
    }

    @Test
    void theJavaMakerAndTheScriptAgreeOnCheckDigits() throws Exception {
        String made = MrzMaker.td1("001089012345", "890512", 'M', "290512", "NGUYEN", "VAN AN");
        assertThat(made + "\n").isEqualTo(Files.readString(Golden.folder("mrz").resolve("valid-hanoi-male.txt")));
    }

    @Test
    void aHoldersNameIsWrittenAsTheThirdLinePrintsIt() {
        assertThat(MrzParser.nameField("Võ Kim Đức Hùng")).isEqualTo("VO<<KIM<DUC<HUNG");
        assertThat(MrzParser.nameField("  Nguyễn  Thị Ánh ")).isEqualTo("NGUYEN<<THI<ANH");
        assertThat(MrzParser.nameField("Lò")).isEqualTo("LO<<");
    }
}

package vn.motcua.kiosk.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Json;
import vn.motcua.kiosk.support.Golden;

/** src/test/resources/cccd: each QR payload (.txt) beside the JSON check-id must print for it (.json). */
class CccdBlackboxTest {
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), CentreTime.ZONE);
    private final ObjectMapper json = Json.mapper();

    static Stream<Path> payloads() throws Exception {
        return Golden.inputs("cccd", ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void checkIdPrintsTheExpectedJsonAndExitCode(Path payload) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        CheckIdCommand command = new CheckIdCommand(new ByteArrayInputStream(Files.readAllBytes(payload)),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), TODAY);
        int exit = new CommandLine(command).execute();
        String printed = stdout.toString(StandardCharsets.UTF_8);
        JsonNode actual = json.readTree(printed);
        Path expected = Golden.expected(payload, ".json");
        if (Golden.updating()) {
            Files.writeString(expected, printed);
        }
        assertThat(actual).isEqualTo(json.readTree(expected.toFile()));
        assertThat(exit).isEqualTo(actual.get("valid").asBoolean() ? 0 : 1);
        String name = payload.getFileName().toString();
        assertThat(actual.get("valid").asBoolean()).as("file name states validity").isEqualTo(!name.startsWith("error-"));
        assertThat(actual.get("warnings").isEmpty()).isEqualTo(!name.startsWith("warning-"));
    }
}

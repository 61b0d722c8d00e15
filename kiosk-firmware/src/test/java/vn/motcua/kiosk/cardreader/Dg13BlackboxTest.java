package vn.motcua.kiosk.cardreader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.kiosk.cardreader.emulated.Dg13Writer;
import vn.motcua.kiosk.support.Golden;

/**
 * src/test/resources/dg13: DG13 bytes (hex) beside the JSON the parser must give: the fields and unknown
 * ids, or the error. Layouts other than our own writer's (no outer SEQUENCE, a version INTEGER, parents as
 * plain strings, PrintableString, NFD text) are among them.
 */
class Dg13BlackboxTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Path> inputs() throws Exception {
        return Golden.inputs("dg13", ".hex");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsExpected(Path input) throws Exception {
        byte[] bytes = HexFormat.of().parseHex(Files.readString(input).replaceAll("\\s", ""));
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            Dg13 dg13 = new Dg13Parser().parse(bytes);
            result.put("fields", dg13.fields());
            result.put("otherFields", dg13.unknown());
        } catch (ChipDataException e) {
            result.put("error", e.getMessage());
        }
        Path expected = Golden.expected(input, ".json");
        String actual = JSON.writeValueAsString(result) + "\n";
        if (Golden.updating()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        JsonNode want = JSON.readTree(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(JSON.readTree(actual)).isEqualTo(want);
        assertThat(input.getFileName().toString().startsWith("error-")).isEqualTo(result.containsKey("error"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void whatTheParserReadsTheWriterWritesBackTheSame(Path input) throws Exception {
        byte[] bytes = HexFormat.of().parseHex(Files.readString(input).replaceAll("\\s", ""));
        if (input.getFileName().toString().startsWith("error-")) {
            return;
        }
        ChipFields fields = new Dg13Parser().parse(bytes).fields();
        if (fields.dateOfBirth() != null && fields.dateOfBirth().matches("\\d{4}-\\d{2}-\\d{2}")
                && (fields.expiryDate() == null || fields.expiryDate().matches("\\d{4}-\\d{2}-\\d{2}"))
                && fields.issueDate() != null) {
            assertThat(new Dg13Parser().parse(Dg13Writer.encode(fields)).fields()).isEqualTo(fields);
        }
    }
}

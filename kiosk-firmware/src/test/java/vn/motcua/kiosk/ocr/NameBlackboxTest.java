package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code blackbox/names}: a name row as OCR reads it beside the name the reader gives, through the parser
 * (label scraps, lone consonants, family names, syllables), with the traps that must stay as read marked TRAP.
 */
class NameBlackboxTest {

    static Stream<Arguments> cases() throws Exception {
        Path file = Path.of(NameBlackboxTest.class.getResource("/blackbox/names/names.tsv").toURI());
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[2], c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNameReadIsTheNamePrinted(String why, String read, String expected) {
        IdCardReading r = CardTextParser.parse(Map.of("name", List.of(new CardTextParser.Line(read, 90, 0.45, 0.5, 0.3))),
                List.of("name"), IdCardOcr.DEFAULT_THRESHOLD, 0);
        assertThat(r.fields().get("name")).isEqualTo(expected);
        // a name still not all syllables is for the citizen to check
        assertThat(r.toCheck().contains("name")).isEqualTo(!NameSpelling.wellFormed(expected));
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code blackbox/addresses}: addresses as OCR reads them beside what the reader must make of them, two-level
 * (after the 2025 merger, corrected against the new communes only) and three-level (before it, against the
 * old units only), and with label remnants before them or other print after their province (ends.tsv), with
 * the traps that must not be "corrected" marked TRAP.
 */
class AddressBlackboxTest {

    static Stream<Arguments> cases() throws Exception {
        Path folder = Path.of(AddressBlackboxTest.class.getResource("/blackbox/addresses").toURI());
        return Stream.of("two-level.tsv", "three-level.tsv", "ends.tsv").flatMap(file -> {
            try {
                return Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(l -> l.split("\t"))
                        .map(c -> Arguments.of(file + ": " + c[2], c[0], c[1]));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readAddressIsSpelledAsTheListOfItsKindSpellsIt(String why, String read, String expected) {
        assertThat(AddressSpelling.correct(read)).isEqualTo(expected);
    }
}

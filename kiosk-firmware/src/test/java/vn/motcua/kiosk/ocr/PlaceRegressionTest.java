package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ocr-regressions/places-beside-labels.tsv}: 2024 backs whose places stand beside their labels (a column of
 * their own, labels over two rows, values set larger than labels); {@code places-misread-marks.tsv}: places that lost a
 * letter, a mark or a part to the page's reading; {@code places-labels-lost.tsv}: places whose labels were read garbled or
 * not at all. Each image beside the places it must read, or {@value #NOTHING} where it must read none.
 */
class PlaceRegressionTest {
    private static final Path FOLDER = folder();
    private static final Map<String, IdCardReading> READ = new HashMap<>();
    /** What a row expects where the place is left to be typed: a wrong place shown as read is worse than none. */
    private static final String NOTHING = "(nothing)";

    private static Path folder() {
        try {
            return Path.of(PlaceRegressionTest.class.getResource("/ocr-regressions").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> cases() throws Exception {
        return Stream.of("places-beside-labels.tsv", "places-misread-marks.tsv", "places-labels-lost.tsv")
                .flatMap(f -> lines(FOLDER.resolve(f)))
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[0] + " " + c[1] + ": " + c[3], c[0], c[1], c[2]));
    }

    private static Stream<String> lines(Path tsv) {
        try {
            return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePlaceIsReadWhole(String why, String image, String field, String expected) throws Exception {
        IdCardReading reading = READ.get(image);
        if (reading == null) {
            reading = new IdCardOcr().read(IdCardOcr.load(FOLDER.resolve(image)));
            READ.put(image, reading);
        }
        assertThat(reading.fields().get(field)).isEqualTo(NOTHING.equals(expected) ? null : expected);
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.support.Golden;

/**
 * Backs whose page pass dropped whole rows (src/test/resources/blackbox/dropped-rows, drawn by the bench's generator
 * D, a tuning set): the fields left unread are found on the levelled page ({@code IdCardOcr.unreadLevelled}) and, for
 * an issue date or a place neither page read, in the band the page left unread ({@link UnreadBands}), the band above
 * the first row read among them. Each PNG beside the
 * fields it prints ({@code .expected}, field=value).
 */
class DroppedRowsBlackboxTest {
    private static IdCardOcr ocr;

    @BeforeAll
    static void engine() {
        ocr = new IdCardOcr();
    }

    @Test
    void theFieldsOfRowsThePageDroppedAreRead() throws Exception {
        List<Path> cards;
        try (Stream<Path> images = Golden.inputs("blackbox/dropped-rows", ".png")) {
            cards = images.toList();
        }
        assertThat(cards).hasSize(5);
        for (Path card : cards) {
            IdCardReading r = ocr.read(IdCardOcr.load(card));
            assertThat(r.model()).isEqualTo(CardModel.CAN_CUOC_2024);
            for (String line : Files.readAllLines(Golden.expected(card, ".expected"), StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] kv = line.split("=", 2);
                    assertThat(r.fields().get(kv[0])).as(card.getFileName() + " " + kv[0]).isEqualTo(kv[1]);
                }
            }
        }
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Cards that once stopped the reader, read whole with real Tesseract. {@code ocr-regressions/}: a degraded 2021
 * front of generator C (seed 705) whose last field's label was lost and whose rows below the field before it
 * were label pieces only; the reader threw (an empty line) instead of reading the card.
 */
class LostLabelsRegressionTest {
    @Test
    void aRowOfLabelPiecesOnlyIsNoValueAndTheCardIsRead() throws Exception {
        Path file = Path.of(LostLabelsRegressionTest.class
                .getResource("/ocr-regressions/cccd_2021-front-label-pieces-row.jpg").toURI());
        IdCardReading reading = new IdCardOcr().read(IdCardOcr.load(file));
        assertThat(reading.model()).isEqualTo(CardModel.CCCD_2021);
        assertThat(reading.side()).isEqualTo(CardSide.FRONT);
        assertThat(reading.fields()).containsKey("name");
    }
}

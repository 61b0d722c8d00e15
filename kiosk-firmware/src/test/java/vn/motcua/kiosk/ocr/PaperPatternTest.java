package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The guilloche levelled into the paper for a second page pass. {@code ocr-regressions/cccd_2016-back-guilloche.jpg}:
 * a degraded 2016 back of generator C (seed 302) whose crossed-line pattern made Tesseract's page layout find no
 * text at all, so no model was told and the issue date, though printed clear, was not read.
 */
class PaperPatternTest {
    @Test
    void thePatternBecomesPaperAndThePrintStaysDark() {
        BufferedImage gray = new BufferedImage(100, 40, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = gray.getRaster();
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 100; x++) {
                // paper at 228, its crossed lines at 205 (90 % of it), a letter's stroke at 60 and its edge at 150
                int v = (x + y) % 6 == 0 || (x - y + 60) % 6 == 0 ? 205 : 228;
                if (x >= 40 && x < 44) {
                    v = 60;
                } else if (x == 44) {
                    v = 150;
                }
                r.setSample(x, y, 0, v);
            }
        }
        BufferedImage out = PaperPattern.levelled(gray);
        assertThat(out.getRaster().getSample(0, 0, 0)).isEqualTo(255); // a pattern line
        assertThat(out.getRaster().getSample(1, 0, 0)).isEqualTo(255); // paper
        assertThat(out.getRaster().getSample(41, 10, 0)).isLessThan(90); // the stroke
        int edge = out.getRaster().getSample(44, 10, 0);
        assertThat(edge).isGreaterThan(150).isLessThan(255); // the stroke's edge kept, lighter
    }

    @Test
    void aFaceWhosePatternHidItsTextIsReadOnTheLevelledPaper() throws Exception {
        Path file = Path.of(PaperPatternTest.class.getResource("/ocr-regressions/cccd_2016-back-guilloche.jpg").toURI());
        IdCardReading reading = new IdCardOcr().read(IdCardOcr.load(file));
        assertThat(reading.model()).isEqualTo(CardModel.CCCD_2016);
        assertThat(reading.side()).isEqualTo(CardSide.BACK);
        assertThat(reading.fields()).containsEntry("issueDate", "2017-11-27");
    }
    /**
     * {@code ocr-regressions/cccd_2016-back-date-lost-on-page.jpg}: a degraded 2016 back of generator C (seed 908)
     * whose page pass read the finger captions and "Đặc điểm nhân dạng", so the face was told, and nothing of the
     * rows around the seal, the issue date's among them; read levelled, its row is "Ngày 12 tháng LÍ năm 2018".
     */
    @Test
    void aDateThePageLostIsLookedForOnTheLevelledPaper() throws Exception {
        Path file = Path.of(PaperPatternTest.class.getResource("/ocr-regressions/cccd_2016-back-date-lost-on-page.jpg").toURI());
        IdCardReading reading = new IdCardOcr().read(IdCardOcr.load(file));
        assertThat(reading.model()).isEqualTo(CardModel.CCCD_2016);
        assertThat(reading.fields()).containsEntry("issueDate", "2018-11-12");
    }
}

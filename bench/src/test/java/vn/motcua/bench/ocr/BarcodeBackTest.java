package vn.motcua.bench.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.CardPerson;
import vn.motcua.kiosk.ocr.CardSide;

/** Generator B's 2016 back: one picture per seed, the issue date as the one field to read, the title of its day. */
class BarcodeBackTest {
    private static OtherCards.Card back(long seed, boolean degraded) {
        return OtherCards.make(seed, degraded, CardModel.CCCD_2016, CardSide.BACK);
    }

    @Test
    void theSameSeedDrawsTheSamePictureAndAnotherSeedAnother() {
        for (boolean degraded : new boolean[]{false, true}) {
            BufferedImage first = back(8000, degraded).image();
            assertThat(samePixels(first, back(8000, degraded).image())).as("degraded=" + degraded).isTrue();
            assertThat(samePixels(first, back(8001, degraded).image())).as("degraded=" + degraded).isFalse();
        }
    }

    @Test
    void itIsNotThe2021BackOfTheSameSeed() {
        BufferedImage b2016 = back(8000, false).image();
        BufferedImage b2021 = OtherCards.make(8000, false, CardModel.CCCD_2021, CardSide.BACK).image();
        assertThat(samePixels(b2016, b2021)).isFalse();
    }

    @Test
    void theOneFieldToReadIsTheIssueDateOfA2016Card() {
        for (long seed = 8000; seed < 8020; seed++) {
            Map<String, String> fields = back(seed, false).fields();
            LocalDate issue = CardPerson.of(seed, CardModel.CCCD_2016).issue();
            assertThat(fields).containsExactly(Map.entry("issueDate", issue.toString()));
            assertThat(issue.getYear()).isBetween(2016, 2021);
        }
    }

    @Test
    void theTitleChangesOnTheTenthOfOctober2018() {
        assertThat(String.join(" ", BarcodeBack.title(LocalDate.of(2018, 10, 9))))
                .isEqualTo("CỤC TRƯỞNG CỤC CẢNH SÁT ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ");
        assertThat(String.join(" ", BarcodeBack.title(LocalDate.of(2018, 10, 10))))
                .isEqualTo("CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI");
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * 2024 backs of generator D whose places stand beside their labels, read whole with real Tesseract. Seeds 5407 and
 * 5410, in faces its tuning sets did not use (DejaVu Sans Condensed, Noto Sans Display), the places in a column of
 * their own beside labels printed over two rows: the place of birth went on beside the English half, and the
 * residence's second row was read with the English half's last letters glued to its first word. Seed 4601
 * (FreeSerif): the residence set large and bold beside a small label, its first words read as no words at all.
 */
class PlaceBesideLabelRegressionTest {
    private static IdCardReading read(String name) throws Exception {
        Path file = Path.of(PlaceBesideLabelRegressionTest.class.getResource("/ocr-regressions/" + name).toURI());
        return new IdCardOcr().read(IdCardOcr.load(file));
    }

    @Test
    void aPlaceWithWordsBesideBothHalvesOfItsLabelBeginsBesideTheUpperHalf() throws Exception {
        // before: only "Tháp", the words beside the English half, as if that half were the whole label
        assertThat(read("can_cuoc_2024-back-value-beside-both-halves.png").fields())
                .containsEntry("placeOfBirth", "Xã Hòa Long, Tỉnh Đồng Tháp")
                .containsEntry("placeOfResidence", "11/39 Võ Thị Sáu, Xã Phú Trạch, Tỉnh Quảng Trị");
    }

    @Test
    void aRowThatStartsLeftOfItsPlacesColumnIsReadAgainFromTheColumn() throws Exception {
        // before: "Khu phố 6, Thạnh, …": "Place of residence" and "Thôn" read as one garbled word, cut off together
        assertThat(read("can_cuoc_2024-back-row-across-column.png").fields())
                .containsEntry("placeOfResidence", "Khu phố 6, Thôn Mỹ Thạnh, Xã Hòa Hiệp, Huyện M'Đrắk, Tỉnh Đắk Lắk");
    }

    @Test
    void aRowWhoseFirstWordsWereCutAsALabelsRemnantIsReadAgainAlone() throws Exception {
        // before: "Phường Kim Sơn, Gia Lai", its first row read "XÓI IE Phường Kim"
        assertThat(read("can_cuoc_2024-back-first-words-cut.png").fields())
                .containsEntry("placeOfResidence", "Xóm 1, Phường Kim Sơn, Gia Lai");
    }
}

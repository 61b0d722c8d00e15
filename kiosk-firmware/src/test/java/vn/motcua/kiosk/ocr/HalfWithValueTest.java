package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bilingual label over two rows, its value beside the Vietnamese half and going on under the English one. */
class HalfWithValueTest {
    private static final CardLayout BACK_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();

    /** The rows as generator D's 2024 back (Liberation Sans, seed 100) was read by Tesseract. */
    private static List<OcrWord> labelsOverTwoRows() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.08, 0, "Nơi", "cư", "trú:", "Số", "111", "đường", "Nguyễn", "Văn", "Cừ,", "Xã",
                "Tài", "Văn,", "Thị", "xã", "Ngã", "Năm,");
        LabelledFieldsTest.row(words, 0.12, 1, "Place", "of", "residence");
        LabelledFieldsTest.row(words, 0.15, 2, "Tỉnh", "Sóc", "Trăng");
        LabelledFieldsTest.row(words, 0.22, 3, "Nơi", "đăng", "ký", "khai", "sinh:", "Xã", "Tam", "Phước,", "Huyện",
                "Long", "Điền,");
        LabelledFieldsTest.row(words, 0.25, 4, "Place", "of", "birth", "registration");
        LabelledFieldsTest.row(words, 0.29, 5, "Tỉnh", "Bà", "Rịa", "-", "Vũng", "Tàu");
        LabelledFieldsTest.row(words, 0.36, 6, "Ngày,", "tháng,", "năm", "cấp:", "13/10/2024");
        LabelledFieldsTest.row(words, 0.39, 7, "Date", "of", "issue");
        return words;
    }

    private static String text(List<OcrWord> words, String field) {
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        return String.join(" / ", r.lines().get(field).stream().map(CardTextParser.Line::text).toList());
    }

    @Test
    void theHalfWithTheValueBesideItIsTheLabelNotTheLongerOneUnderIt() {
        List<LabelHit> hits = LabelHits.find(TextRow.of(labelsOverTwoRows()), BACK_2024);
        assertThat(hits.stream().filter(h -> h.field().equals("placeOfResidence")).map(LabelHit::row)).containsExactly(0);
        assertThat(hits.stream().filter(h -> h.field().equals("placeOfBirth")).map(LabelHit::row)).containsExactly(3);
    }

    @Test
    void theEnglishHalfUnderTheValuesFirstRowIsSkippedAndTheValueGoesOnUnderIt() {
        List<OcrWord> words = labelsOverTwoRows();
        assertThat(text(words, "placeOfResidence"))
                .isEqualTo("Số 111 đường Nguyễn Văn Cừ, Xã Tài Văn, Thị xã Ngã Năm, / Tỉnh Sóc Trăng");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Xã Tam Phước, Huyện Long Điền, / Tỉnh Bà Rịa - Vũng Tàu");
    }

    @Test
    void aRowUnderTheValueThatIsNoPieceOfTheLabelIsTheValuesOwn() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.08, 0, "Nơi", "cư", "trú:", "Số", "12", "đường", "Lê", "Lợi,", "Phường", "Tân",
                "An,", "Tỉnh");
        LabelledFieldsTest.row(words, 0.12, 1, "Long", "An");
        LabelledFieldsTest.row(words, 0.22, 2, "Nơi", "đăng", "ký", "khai", "sinh:", "Xã", "Tam", "Phước");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Số 12 đường Lê Lợi, Phường Tân An, Tỉnh / Long An");
    }

    /** Generator D's 2024 back in DejaVu Sans (seed 2500): "Nơi cư trú:" read "Nơi cư rau", its English half found alone. */
    private static List<OcrWord> garbledUpperHalf(String endOfFirstRow) {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.08, 0, "Nơi", "cư", "rau", "Tổ", "dân", "phố", "1,", "Thôn", "Phú", endOfFirstRow);
        LabelledFieldsTest.row(words, 0.12, 1, "Place", "of", "residence");
        LabelledFieldsTest.row(words, 0.15, 2, "Xã", "Minh", "Quang,", "Tỉnh", "Tuyên", "Quang");
        LabelledFieldsTest.row(words, 0.22, 3, "NƠI", "ĐĂNG", "KÝ", "KHAI", "SINH");
        LabelledFieldsTest.row(words, 0.25, 4, "Place", "of", "birth", "registration");
        LabelledFieldsTest.row(words, 0.29, 5, "Xã", "Ea", "Riêng,", "Tỉnh", "Đắk", "Lắk");
        return words;
    }

    @Test
    void aPlaceBesideAGarbledUpperHalfEndingWithACommaBeginsThere() {
        assertThat(text(garbledUpperHalf("Mỹ,"), "placeOfResidence"))
                .isEqualTo("Tổ dân phố 1, Thôn Phú Mỹ, / Xã Minh Quang, Tỉnh Tuyên Quang");
        assertThat(text(garbledUpperHalf("Mỹ,"), "placeOfBirth")).isEqualTo("Xã Ea Riêng, Tỉnh Đắk Lắk");
        // no comma closing what is beside the upper half: nothing says the place goes on from there
        assertThat(text(garbledUpperHalf("Mỹ"), "placeOfResidence")).isEqualTo("Xã Minh Quang, Tỉnh Tuyên Quang");
    }

    /** Words of one row from {@code left}, each letter {@code letter} wide (labels print smaller than values). */
    private static void at(List<OcrWord> out, double left, double y, int line, double letter, String... words) {
        double x = left;
        for (String w : words) {
            out.add(new OcrWord(w, 90, x, y, x + letter * w.length(), y + 0.03, line));
            x += letter * w.length() + 0.008;
        }
    }

    @Test
    void withAValueBesideBothHalvesThePlaceBeginsBesideTheUpperOne() {
        // generator D's back in DejaVu Sans Condensed (seed 5407): the place in a column of its own right of a label
        // over two rows, its last word beside the English half; each half has words after it on its row
        List<OcrWord> words = new ArrayList<>();
        at(words, 0.24, 0.08, 0, 0.008, "Nơi", "cư", "trú:");
        at(words, 0.36, 0.08, 0, 0.011, "11/39", "Võ", "Thị", "Sáu,", "Xã", "Phú", "Trạch,");
        at(words, 0.24, 0.12, 1, 0.005, "Place", "of", "residence");
        at(words, 0.36, 0.12, 1, 0.011, "Tỉnh", "Quảng", "Trị");
        at(words, 0.24, 0.18, 2, 0.007, "Nơi", "đăng", "ký", "khai", "sinh:");
        at(words, 0.41, 0.18, 2, 0.011, "Xã", "Hòa", "Long,", "Tỉnh", "Đồng");
        at(words, 0.24, 0.215, 3, 0.005, "Place", "of", "birth", "registration");
        at(words, 0.41, 0.215, 3, 0.011, "Tháp");
        at(words, 0.24, 0.31, 4, 0.008, "Ngày,", "tháng,", "năm", "cấp:");
        at(words, 0.24, 0.34, 5, 0.008, "Date", "of", "issue");
        List<TextRow> rows = TextRow.of(words);
        assertThat(rows.stream().map(TextRow::text)).contains("Nơi đăng ký khai sinh: Xã Hòa Long, Tỉnh Đồng",
                "Place of birth registration Tháp");
        List<LabelHit> hits = LabelHits.find(rows, BACK_2024);
        assertThat(hits.stream().filter(h -> h.field().equals("placeOfBirth")).map(h -> rows.get(h.row()).text()))
                .containsExactly("Nơi đăng ký khai sinh: Xã Hòa Long, Tỉnh Đồng");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Xã Hòa Long, Tỉnh Đồng / Tháp");
        assertThat(text(words, "placeOfResidence")).isEqualTo("11/39 Võ Thị Sáu, Xã Phú Trạch, / Tỉnh Quảng Trị");
    }
}

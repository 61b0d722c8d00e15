package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.kiosk.ocr.LabelledFieldsTest.row;
import static vn.motcua.kiosk.ocr.LabelledFieldsTest.rowSized;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowStartLabelTest {
    private static final CardLayout BACK_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();

    private static String text(LabelledFields.Result r, String field) {
        return String.join(" / ", r.lines().get(field).stream().map(CardTextParser.Line::text).toList());
    }

    @Test
    void aShortDateLabelOpeningItsRowIsFoundWithItsDateReadApartBesideIt() {
        // generator D's 9013 (dLabelWording, dLabelColours, dValueColumn): "Ngày cấp:" read whole, "Date of issue" in a
        // pale ink not at all; the date far right in a block of its own, its row a little above the label's (the
        // label's descenders put the two rows' middles more than a quarter of a row apart)
        List<OcrWord> words = new ArrayList<>();
        rowSized(words, 0.251, 0.218, 0.239, 0, "Nơi", "đăng", "ký", "khai", "sinh:");
        rowSized(words, 0.56, 0.209, 0.242, 1, "Thành", "phố", "Hà", "Nội");
        rowSized(words, 0.56, 0.347, 0.370, 2, "30/12/2024");
        rowSized(words, 0.251, 0.354, 0.376, 3, "Ngày", "cấp:");
        rowSized(words, 0.56, 0.423, 0.448, 4, "26/05/2032");
        rowSized(words, 0.251, 0.431, 0.452, 5, "Có", "giá", "trị", "đến");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "issueDate")).isEqualTo("30/12/2024");
        assertThat(text(r, "expiryDate")).isEqualTo("26/05/2032");
        assertThat(r.byLabel()).contains("issueDate", "expiryDate");
    }

    @Test
    void aShortLabelsWordsInAPlacesRowAfterItsUnitsTypeAreNoLabel() {
        // "Xã Nội Sinh" holds "Nơi sinh" after a word of two letters; the place of birth's own label garbled past
        // finding, the residence's second row would be taken for it
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.08, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:", "Thôn", "Trung,");
        row(words, 0.12, 1, "Xã", "Nội", "Sinh", "-", "Huyện", "Lý", "Nhân", "-", "Tỉnh", "Hà", "Nam");
        row(words, 0.19, 2, "Nei", "đăg", "kỳ", "kh", "sih", "/", "Plce", "bi:", "Tỉnh", "Nam", "Định");
        row(words, 0.26, 3, "Ngày,", "tháng,", "năm", "cấp", "/", "Date", "of", "issue:", "12/03/2025");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Thôn Trung, / Xã Nội Sinh - Huyện Lý Nhân - Tỉnh Hà Nam");
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a place the page left unread is looked for and read: the rows between its neighbours' rows, each alone. */
class PlaceValueAloneTest {
    private static final CardLayout BACK_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();

    @Test
    void theRowsBetweenTheResidenceAndTheDatesThatHoldLetters() {
        // D's 6300 at seed 6300 (degraded): the label run into the value, no label found and no unit named
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.06, 0, "Ngõ", "147", "Quang", "Í", "F1,", "Phường", "Láng", "Tròn,", "Tính", "Cả", "Mau");
        LabelledFieldsTest.row(words, 0.16, 1, "vớo\\vokíkiusivi", "Lào", "Cới");
        LabelledFieldsTest.row(words, 0.20, 2, "5", "›%");
        LabelledFieldsTest.row(words, 0.24, 3, "ecy", "ý", "Mớth", "rrc");
        LabelledFieldsTest.row(words, 0.36, 4, "29", "06", "2026");
        LabelledFieldsTest.row(words, 0.40, 5, "NGÀY,", "HÀNG,", "XÀM", "HẾT", "20", "08", "2042");
        List<TextRow> rows = TextRow.of(words);
        Map<String, List<CardTextParser.Line>> byField = Map.of(
                "placeOfResidence", List.of(line(rows.get(0))),
                "placeOfBirth", List.of(line(rows.get(1))), // its own row, read as no place
                "issueDate", List.of(line(rows.get(4))),
                "expiryDate", List.of(line(rows.get(5))));
        List<CardLayout.Field> fields = BACK_2024.fields();

        List<TextRow> between = PlaceValueAlone.between(rows, byField, fields.subList(0, 1), fields.subList(2, 4));

        assertThat(between).extracting(TextRow::text).containsExactly("vớo\\vokíkiusivi Lào Cới", "ecy ý Mớth rrc");
        // the residence unread: from the card's top down to the place of birth's rows
        Map<String, List<CardTextParser.Line>> birthGiven = Map.of("placeOfBirth", List.of(line(rows.get(1))),
                "issueDate", List.of(line(rows.get(4))));
        assertThat(PlaceValueAlone.between(rows, birthGiven, List.of(), fields.subList(1, 4)))
                .extracting(TextRow::text).containsExactly("Ngõ 147 Quang Í F1, Phường Láng Tròn, Tính Cả Mau");
    }

    @Test
    void aValueStartsAtTheLastWordsThePageReadAsAPlaceOrAtItsFirstWordAsLargeAsAValue() {
        // D's 6319 at seed 6300 (degraded): the label read as one long word as tall as the value's
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.18, 0, "szevegk/xswsre/Phasofbrhsossees", "Cần", "Thơ");
        assertThat(PlaceValueAlone.starts(TextRow.of(words).get(0))).extracting(OcrWord::text)
                .containsExactly("Cần", "szevegk/xswsre/Phasofbrhsossees");
        // the label's small capitals, then the value, read with a letter wrong
        List<OcrWord> small = new ArrayList<>();
        LabelledFieldsTest.rowSized(small, 0.2, 0.170, 0.185, 0, "vớo\\vokíkiusivi");
        LabelledFieldsTest.rowSized(small, 0.4, 0.160, 0.200, 0, "Lào", "Cới");
        assertThat(PlaceValueAlone.starts(TextRow.of(small).get(0))).extracting(OcrWord::text).containsExactly("Lào");
        // D's 6511 at seed 6500: a residence's row ends with its province, which is no place of its own
        List<OcrWord> residence = new ArrayList<>();
        LabelledFieldsTest.row(residence, 0.06, 0, "Nơi", "cơ", "xúc", "Khu", "phố", "12,", "Xã", "Mù", "Cang", "Chả-Tình", "Lào", "Cai");
        assertThat(PlaceValueAlone.starts(TextRow.of(residence).get(0))).extracting(OcrWord::text).containsExactly("Nơi");
    }

    @Test
    void aRowEndingInsideAPlaceGoesOnIntoTheNext() {
        // D's 9015 at seed 9000 (degraded): a place in a narrow column, "Xã" / "Bình" / "Thuận" / "Huy" / "tính Đắk Lắk"
        for (String[] words : List.of(new String[] {"Xã"}, new String[] {"Thuận"}, new String[] {"Huy"},
                new String[] {"Xã", "Bình", "Thuận", "-"}, new String[] {"Huyện", "Ea", "Kar,", "Tỉnh"})) {
            assertThat(PlaceValueAlone.goesOn(row(words))).as(String.join(" ", words)).isTrue();
        }
        // a place that ends with its province, a label's garble, a row of a place and more than a few words
        for (String[] words : List.of(new String[] {"Tổ", "28,", "Phường", "Tân", "Quy,", "Quận", "3,", "Hồ", "Chí", "Minh"},
                new String[] {"Cần", "Thơ"}, new String[] {"vớo\\vokíkiusivi", "Lào", "Cới"}, new String[] {"ecy", "ý", "Mớth", "rrc"})) {
            assertThat(PlaceValueAlone.goesOn(row(words))).as(String.join(" ", words)).isFalse();
        }
    }

    private static TextRow row(String... words) {
        List<OcrWord> out = new ArrayList<>();
        LabelledFieldsTest.row(out, 0.2, 0, words);
        return TextRow.of(out).get(0);
    }

    @Test
    void theIssuersPrintIsNoPlace() {
        // D's 6315 at seed 6300: "BỘ CÔNG AN" read "Hộ Công an", which the lists would put right as "Long An"
        assertThat(PlaceValueAlone.boilerplate("ấp ?⁄er sế su Hộ Công an", BACK_2024)).isTrue();
        assertThat(PlaceValueAlone.boilerplate("MINISTRY OF PUBLIC SECURTY", BACK_2024)).isTrue();
        assertThat(PlaceValueAlone.boilerplate("Huyện Long Điền, Tỉnh Bà Rịa - Vũng Tàu", BACK_2024)).isFalse();
    }

    @Test
    void aPlaceOfBirthIsTakenOnlyAsUnitsNoOtherPlaceHolds() {
        IdCardReading none = reading(null);
        assertThat(PlaceValueAlone.taken("placeOfBirth", "1 Lào Cai", "Lào Cai", none, Map.of())).isTrue();
        assertThat(PlaceValueAlone.taken("placeOfBirth", "Lào Cới", "Lào Cới", none, Map.of())).isFalse();
        // a house and a street first: the residence's row; the residence from the QR that holds it
        String residence = "Tổ 28, Phường Tân Quy, Quận 3, Hồ Chí Minh";
        assertThat(PlaceValueAlone.taken("placeOfBirth", residence, "Phường Tân Quy, Quận 3, Hồ Chí Minh", none, Map.of())).isFalse();
        assertThat(PlaceValueAlone.taken("placeOfBirth", "Phường Tân Quy, Quận 3, Hồ Chí Minh", "Phường Tân Quy, Quận 3, Hồ Chí Minh",
                reading(residence), Map.of())).isFalse();
        // the label's words before the units
        assertThat(PlaceValueAlone.taken("placeOfBirth", "PA de, Nơi đờng ký khu áeh, Lai Châu", "Lai Châu", none, Map.of())).isFalse();
    }

    private static IdCardReading reading(String residence) {
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put("placeOfResidence", residence);
        fields.put("placeOfBirth", null);
        return new IdCardReading(fields, Map.of(), List.of(), 0);
    }

    private static CardTextParser.Line line(TextRow row) {
        return new CardTextParser.Line(row.text(), 90f, row.top(), row.bottom(), row.left(), row.right());
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A place of birth whose start is on a row above the rows the page gave it, read as no place's. */
class PlaceStartAboveTest {
    private static final CardLayout BACK_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();
    private static final double THRESHOLD = 0.8;

    @Test
    void aPlaceBelowARowEndingWithACommaIsShownToBeChecked() {
        // generator D's degraded 7604 at seed 7600: the label misread with the district, "T. Nghệ Tĩnh" alone given
        List<TextRow> rows = rows("2e Viên ngưng, H HƯƠNg Sơn,");
        IdCardReading out = PlaceStartAbove.flagged(sure(), rows, byField(rows), BACK_2024, THRESHOLD);
        assertThat(out.confidence().get("placeOfBirth")).isEqualTo(PlaceDoubt.DOUBTED);
        assertThat(out.fields().get("placeOfBirth")).isEqualTo("T. Nghệ Tĩnh");
        assertThat(out.toCheck()).containsExactly("placeOfBirth");
        assertThat(PlaceStartAbove.flagged(sure(), rows("Nơi đăng ký khai sinh -"), byField(rows), BACK_2024, THRESHOLD)
                .toCheck()).containsExactly("placeOfBirth");
    }

    @Test
    void aPlaceBelowItsLabelOrBelowTheResidenceAloneStaysSure() {
        for (String between : List.of("Nơi đăng ký khai sinh / Place of birth:", "Nơi đăng ký khai sinh, Place of birth")) {
            List<TextRow> rows = rows(between);
            assertThat(PlaceStartAbove.flagged(sure(), rows, byField(rows), BACK_2024, THRESHOLD).toCheck()).as(between).isEmpty();
        }
        List<TextRow> none = rows(null);
        assertThat(PlaceStartAbove.flagged(sure(), none, byField(none), BACK_2024, THRESHOLD).toCheck()).isEmpty();
    }

    @Test
    void theResidencesOwnRowsNotGivenToItAreNotThePlacesStart() {
        // generator D's clean 7206 at seed 7200: the residence given its first row only, its others under it
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Số", "5,");
        LabelledFieldsTest.row(words, 0.16, 1, "Thôn", "Đông,", "Xã", "Yên", "Khê,");
        LabelledFieldsTest.row(words, 0.22, 2, "Tỉnh", "Tây", "Ninh");
        LabelledFieldsTest.row(words, 0.28, 3, "Nơi", "đăng", "ký", "khai", "sinh:");
        LabelledFieldsTest.row(words, 0.34, 4, "Xã", "Mỹ", "Thạnh", "-", "Tỉnh", "Sơn", "La");
        List<TextRow> rows = TextRow.of(words);
        Map<String, List<CardTextParser.Line>> byField = Map.of("placeOfResidence", List.of(line(rows.get(0))),
                "placeOfBirth", List.of(line(rows.get(4))));
        assertThat(PlaceStartAbove.flagged(sure(), rows, byField, BACK_2024, THRESHOLD).toCheck()).isEmpty();
    }

    @Test
    void withTheResidenceUnreadOnlyTheRowJustAboveIsLookedAt() {
        // the residence's rows end with a comma where it goes on; with no rows given it, they are not the place's
        List<TextRow> rows = rows(null);
        Map<String, List<CardTextParser.Line>> birthOnly = Map.of("placeOfBirth", byField(rows).get("placeOfBirth"));
        assertThat(PlaceStartAbove.flagged(sure(), rows, birthOnly, BACK_2024, THRESHOLD).toCheck()).isEmpty();
        List<TextRow> cut = rows("Xã Phù Lưu,");
        assertThat(PlaceStartAbove.flagged(sure(), cut, Map.of("placeOfBirth", byField(cut).get("placeOfBirth")), BACK_2024,
                THRESHOLD).toCheck()).containsExactly("placeOfBirth");
    }

    @Test
    void aPlaceAlreadyDoubtedOrGivenNoRowsIsLeftAsItIs() {
        List<TextRow> rows = rows("2e Viên ngưng, H HƯƠNg Sơn,");
        Map<String, List<CardTextParser.Line>> residenceOnly = Map.of("placeOfResidence", byField(rows).get("placeOfResidence"));
        IdCardReading sure = sure();
        assertThat(PlaceStartAbove.flagged(sure, rows, residenceOnly, BACK_2024, THRESHOLD)).isSameAs(sure);
        IdCardReading doubted = sure.with("placeOfBirth", "T. Nghệ Tĩnh", 0.3, THRESHOLD);
        assertThat(PlaceStartAbove.flagged(doubted, rows, byField(rows), BACK_2024, THRESHOLD).confidence().get("placeOfBirth"))
                .isEqualTo(0.3);
    }

    /** The residence's two rows, a row between (or none), the place of birth's row, the issue date's. */
    private static List<TextRow> rows(String between) {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Thôn", "Phước", "Lộc,", "Xã", "Phước", "Hưng,");
        LabelledFieldsTest.row(words, 0.16, 1, "Huyện", "Đất", "Đỏ", "-", "Tỉnh", "Bà", "Rịa", "-", "Vũng", "Tàu");
        if (between != null) {
            LabelledFieldsTest.row(words, 0.24, 2, between.split(" "));
        }
        LabelledFieldsTest.row(words, 0.32, 3, "T.", "Nghệ", "Tĩnh");
        LabelledFieldsTest.row(words, 0.40, 4, "08/10/2024");
        return TextRow.of(words);
    }

    private static Map<String, List<CardTextParser.Line>> byField(List<TextRow> rows) {
        int n = rows.size();
        return Map.of("placeOfResidence", List.of(line(rows.get(0)), line(rows.get(1))),
                "placeOfBirth", List.of(line(rows.get(n - 2))),
                "issueDate", List.of(line(rows.get(n - 1))));
    }

    private static IdCardReading sure() {
        return new IdCardReading(Map.of("placeOfResidence", "Thôn Phước Lộc, Xã Phước Hưng, Huyện Đất Đỏ - Tỉnh Bà Rịa - Vũng Tàu",
                "placeOfBirth", "T. Nghệ Tĩnh"), Map.of("placeOfResidence", 1.0, "placeOfBirth", 0.95), List.of(), 0);
    }

    private static CardTextParser.Line line(TextRow row) {
        return new CardTextParser.Line(row.text(), 90f, row.top(), row.bottom(), row.left(), row.right());
    }
}

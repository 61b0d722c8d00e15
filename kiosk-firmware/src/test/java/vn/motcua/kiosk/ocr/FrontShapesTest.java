package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A front's birth date and nationality whose labels were garbled past finding are placed by their value's shape. */
class FrontShapesTest {
    private static final CardLayout FRONT_2021 = CardLayouts.builtIn().of(CardModel.CCCD_2021, CardSide.FRONT).orElseThrow();

    private static IdCardReading read(List<OcrWord> words, boolean byShape) {
        List<TextRow> rows = TextRow.of(words);
        LabelledFields.Result found = LabelledFields.find(rows, FRONT_2021);
        var byField = byShape ? FrontShapes.fill(rows, FRONT_2021, found.lines(), found.byLabel()) : found.lines();
        return CardTextParser.parse(byField, FRONT_2021.fieldNames(), 0.8, 0);
    }

    /** Rows above the layout's bands (0.33 and below), so no band places a field whose label is lost. */
    private static List<OcrWord> front(String[] birthRow, String[] sexRow, String[] nationalityRow) {
        return front(birthRow, sexRow, nationalityRow, new String[]{"Quê", "quán", "/", "Place", "of", "origin:"});
    }

    private static List<OcrWord> front(String[] birthRow, String[] sexRow, String[] nationalityRow, String[] originLabel) {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.01, 0, "CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM");
        LabelledFieldsTest.row(words, 0.05, 1, "Số", "/", "No.:", "001203012345");
        LabelledFieldsTest.row(words, 0.09, 2, "Họ", "và", "tên", "/", "Full", "name:");
        LabelledFieldsTest.row(words, 0.13, 3, "NGUYỄN", "VĂN", "AN");
        LabelledFieldsTest.row(words, 0.17, 4, birthRow);
        LabelledFieldsTest.row(words, 0.21, 5, sexRow);
        LabelledFieldsTest.row(words, 0.25, 6, nationalityRow);
        LabelledFieldsTest.row(words, 0.29, 7, originLabel);
        LabelledFieldsTest.row(words, 0.33, 8, "Xã", "Hải", "Quang,", "Huyện", "Hải", "Hậu,", "Tỉnh", "Nam", "Định");
        LabelledFieldsTest.row(words, 0.37, 9, "Nơi", "thường", "trú", "/", "Place", "of", "residence:");
        LabelledFieldsTest.row(words, 0.41, 10, "Số", "5,", "Xã", "Tiên", "Du,", "Tỉnh", "Bắc", "Ninh");
        LabelledFieldsTest.row(words, 0.46, 11, "Có", "giá", "trị", "đến:");
        LabelledFieldsTest.row(words, 0.50, 12, "15/08/2028");
        return words;
    }

    private static final String[] BIRTH_LOST = {"Xqwx,", "zhảnq,", "bxqh:", "15/08/2003"};
    private static final String[] SEX_LOST = {"Gxqx", "xỉnb:", "Nam"};
    private static final String[] SEX = {"Giới", "tính", "/", "Sex:", "Nam"};
    private static final String[] NATIONALITY = {"Quốc", "tịch", "/", "Nationality:", "Việt", "Nam"};

    @Test
    void aBirthDateWhoseLabelAndTheNextLabelAreLostIsTheOneDateRowInItsPlace() {
        List<OcrWord> words = front(BIRTH_LOST, SEX_LOST, NATIONALITY);
        assertThat(read(words, false).fields().get("dateOfBirth")).isNull(); // what the labels alone give
        // the expiry under it is a date too, but its own label and the form's order leave it out
        assertThat(read(words, true).fields().get("dateOfBirth")).isEqualTo("2003-08-15");
    }

    @Test
    void aBirthDateFoundBesideItsLabelAsARowOfItsOwnIsTaken() throws Exception {
        // the page's words of a degraded 2021 front of generator C (seed 302): "Ngây. tháng. năm sinh" and the date
        // beside it, its English label read "pös" under it and taken for the value
        java.nio.file.Path file = java.nio.file.Path.of(FrontShapesTest.class
                .getResource("/ocr-regressions/cccd_2021-front-date-beside-label.tsv").toURI());
        List<OcrWord> words = java.nio.file.Files.readAllLines(file).stream().map(l -> l.split("\t")).map(c ->
                new OcrWord(c[0], Float.parseFloat(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                        Double.parseDouble(c[4]), Double.parseDouble(c[5]), Integer.parseInt(c[6]))).toList();
        // the reader's page pass found the birth date's label there ("Ngây. tháng. năm sinh") and took "pös" under it
        // for its value: the label found, its value no date
        List<TextRow> rows = TextRow.of(words);
        LabelledFields.Result found = LabelledFields.find(rows, FRONT_2021);
        var lines = new java.util.LinkedHashMap<>(found.lines());
        lines.put("dateOfBirth", List.of(TextRow.line(words.stream().filter(w -> w.text().equals("pös")).toList())));
        var byField = FrontShapes.fill(rows, FRONT_2021, lines, List.of("name", "dateOfBirth", "placeOfOrigin", "placeOfResidence"));
        assertThat(CardTextParser.parse(byField, FRONT_2021.fieldNames(), 0.8, 0).fields().get("dateOfBirth"))
                .isEqualTo("1975-03-11");
    }

    @Test
    void aNationalityWhoseLabelIsLostIsTheRowNamingVietNamNotTheHeader() {
        // the origin's label lost too: the rows between the sex and the residence are two fields', not the nationality's
        List<OcrWord> words = front(BIRTH_LOST, SEX, new String[]{"Qróc", "1c:", "Việt", "Nam"}, new String[]{"Qxè", "qxáx", "/", "Pxaxe", "xf", "xrxgxn:"});
        assertThat(read(words, false).fields().get("nationality")).isNull();
        assertThat(read(words, true).fields().get("nationality")).isEqualTo("Việt Nam");
    }

    @Test
    void twoDateRowsWhereTheBirthDateCouldBeAreNotGuessedBetween() {
        List<OcrWord> words = front(BIRTH_LOST, new String[]{"Gxqx", "xỉnb:", "Nam", "02/09/1945"}, NATIONALITY);
        assertThat(read(words, true).fields().get("dateOfBirth")).isNull();
    }

    @Test
    void aVietNamWhoseThinVIsReadAsABackslashIsStillVietNam() {
        var line = new CardTextParser.Line("\\ lệt Nam", 80, 0.65, 0.69, 0.57, 0.76);
        IdCardReading r = CardTextParser.parse(java.util.Map.of("nationality", List.of(line)), List.of("nationality"), 0.8, 0);
        assertThat(r.fields().get("nationality")).isEqualTo("Việt Nam");
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name is a capitals row under the number: a label's row or a label's leftover taken for it gives way to that row. */
class NameRowTest {
    private static final CardLayout FRONT_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.FRONT).orElseThrow();

    private static final CardLayout FRONT_2016 = CardLayouts.builtIn().of(CardModel.CCCD_2016, CardSide.FRONT).orElseThrow();

    private static String name(List<OcrWord> words, boolean byShape) {
        return name(words, byShape, FRONT_2024);
    }

    private static String name(List<OcrWord> words, boolean byShape, CardLayout layout) {
        List<TextRow> rows = TextRow.of(words);
        LabelledFields.Result found = LabelledFields.find(rows, layout);
        var byField = byShape ? FrontShapes.fill(rows, layout, found.lines(), found.byLabel()) : found.lines();
        return CardTextParser.parse(byField, layout.fieldNames(), 0.8, 0).fields().get("name");
    }

    private static List<OcrWord> front(String[] numberLabel, String[] nameLabel, String[] nameRow) {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.04, 0, "CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM");
        row(words, 0.22, 1, "CĂN", "CƯỚC");
        row(words, 0.33, 2, numberLabel);
        row(words, 0.37, 3, "087200146080");
        row(words, 0.43, 4, nameLabel);
        row(words, 0.47, 5, nameRow);
        // the birth date's label garbled past finding, its row where the layout's name band is
        row(words, 0.53, 6, "năm", "sinb/Date", "of", "bánh", "12/10/2000");
        row(words, 0.60, 7, "Giới", "tính", "/", "Sex:", "Nam");
        row(words, 0.64, 8, "Quốc", "tịch", "/", "Nationality:", "Việt", "Nam");
        return words;
    }

    /** A row right of the photo, as the 2024 front prints its fields. */
    private static void row(List<OcrWord> out, double y, int line, String... words) {
        double x = 0.30;
        for (String w : words) {
            double width = 0.012 * w.length();
            out.add(new OcrWord(w, 90, x, y, x + width, y + 0.03, line));
            x += width + 0.01;
        }
    }

    private static final String[] NUMBER_LOST = {"FE", "ấp”", "(E00)", "CS"};

    @Test
    void theNextLabelsRowIsNotTheNameTheCapitalsRowUnderTheNumberIs() {
        List<OcrWord> words = front(NUMBER_LOST, new String[]{"tà", "tên", "khai", "sinhVEuii"}, new String[]{"NÔNG", "MỸ", "KHIÊM"});
        assertThat(name(words, false)).isEqualTo("NĂM SINB DA TE OF BÁNH"); // what the band alone gives
        assertThat(name(words, true)).isEqualTo("NÔNG MỸ KHIÊM");
    }

    @Test
    void whatIsLeftOfFullNameBesideTheLabelIsNotTheNameTheRowBelowIs() {
        List<OcrWord> words = front(new String[]{"Số", "định", "danh", "cá", "nhân", "/", "Personal", "identification", "number:"},
                new String[]{"Họ,", "chữ", "đệm", "và", "tên", "khai", "sinh", "Tu", "nae"}, new String[]{"LỤC", "THẾ", "HỒNG", "OANH"});
        assertThat(name(words, false)).isEqualTo("TỪ NAE");
        assertThat(name(words, true)).isEqualTo("LỤC THẾ HỒNG OANH");
    }

    @Test
    void lowerCaseWordsInFrontOfTheNameAreItsLabelsTail() {
        // a 2016 front: "Họ và tên khai sinh" read "TIọ và tên khai su" with the name on its row; the lower-case
        // words after what was found of the label are the rest of it
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.04, 0, "CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM");
        row(words, 0.14, 1, "CĂN", "CƯỚC", "CÔNG", "DÂN");
        row(words, 0.33, 2, "Số");
        row(words, 0.38, 3, "015085836890");
        row(words, 0.43, 4, "TIọ", "và", "tên", "khai", "su", "FRẦN", "KIM", "LỘC");
        row(words, 0.50, 5, "Ngày,", "tháng,", "năm", "sinh", "05/03/1985");
        row(words, 0.55, 6, "Giới", "tính", "Nam");
        row(words, 0.60, 7, "Quốc", "tịch", "Việt", "Nam");
        assertThat(name(words, false, FRONT_2016)).isEqualTo("SU RẦN KIM LỘC");
        assertThat(name(words, true, FRONT_2016)).isEqualTo("TRẦN KIM LỘC");
    }

    @Test
    void aSpeckAfterTheNameDoesNotMakeItALabelsRow() {
        List<OcrWord> words = front(NUMBER_LOST, new String[]{"tà", "tên", "khai", "sinhVEuii"}, new String[]{"ÂU", "TRỌNG", "CÔNG", "(::"});
        assertThat(name(words, true)).isEqualTo("ÂU TRỌNG CÔNG");
    }

    @Test
    void aNameInCapitalsIsKeptAndNoCapitalsRowIsGuessed() {
        List<OcrWord> words = front(NUMBER_LOST, new String[]{"Họ,", "chữ", "đệm", "và", "tên", "khai", "sinh", "/", "Full", "name:"},
                new String[]{"ĐOÀN", "VĂN", "AN"});
        assertThat(name(words, true)).isEqualTo("ĐOÀN VĂN AN");
        // the only rows under the number are labels and lower case: nothing replaces the name
        List<OcrWord> none = front(NUMBER_LOST, new String[]{"tà", "tên", "khai", "sinhVEuii"}, new String[]{"nông", "mỹ", "khiêm"});
        assertThat(name(none, true)).isEqualTo(name(none, false));
    }

    @Test
    void aPrintedNameHasCapitalsAndNoDigitColonOrComma() {
        assertThat(NameRow.inCapitals("FRƯƠNG THỊ DHˆM")).isTrue();
        assertThat(NameRow.inCapitals("Tu nae")).isFalse();
        assertThat(NameRow.inCapitals("HỌ VÀ TÊN:")).isFalse();
        assertThat(NameRow.inCapitals("NGÀY, THÁNG, NĂM SINH")).isFalse();
        assertThat(NameRow.inCapitals("SN")).isFalse();
        assertThat(NameRow.inCapitals("LỤC 260")).isFalse();
    }

    @Test
    void theLabelsEnglishHalfInCapitalsIsNoName() {
        // the 2021 front prints "HỌ VÀ TÊN:" over "Full Name"; read in capitals, the English half is still a label
        assertThat(NameRow.isLabel("FULL NA ME", FRONT_2024)).isTrue();
        assertThat(NameRow.isLabel("FUF NA ME", FRONT_2024)).isTrue();
        assertThat(NameRow.isLabel("PHÚ NAM", FRONT_2024)).isFalse();
        List<TextRow> rows = TextRow.of(front(NUMBER_LOST, new String[]{"HỌ", "VÀ", "TÊN:"}, new String[]{"ÂU", "THỊ", "OANH"}));
        java.util.Map<String, List<CardTextParser.Line>> out = new java.util.LinkedHashMap<>();
        out.put("number", List.of(new CardTextParser.Line("087200146080", 90, 0.37, 0.40, 0.30)));
        out.put("name", List.of(new CardTextParser.Line("FULL NA ME", 90, 0.45, 0.47, 0.30)));
        NameRow.fill(rows, FRONT_2024, out);
        assertThat(out.get("name").get(0).text()).isEqualTo("ÂU THỊ OANH");
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A field whose label OCR garbled past the usual tolerance is placed between the labels found before and
 * after it, on a card whose rows sit far from the layout's bands (so the band fallback would miss it).
 */
class LabelledFieldsTest {
    private static final CardLayout FRONT_2016 = CardLayouts.builtIn().of(CardModel.CCCD_2016, CardSide.FRONT).orElseThrow();
    private static final CardLayout FRONT_2021 = CardLayouts.builtIn().of(CardModel.CCCD_2021, CardSide.FRONT).orElseThrow();
    private static final CardLayout FRONT_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.FRONT).orElseThrow();
    private static final CardLayout BACK_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();

    /** One row of words at height {@code y} (a fraction of the card), words 0.01 apart from x = 0.05. */
    static void row(List<OcrWord> out, double y, int line, String... words) {
        double x = 0.05;
        for (String w : words) {
            double width = 0.012 * w.length();
            out.add(new OcrWord(w, 90, x, y, x + width, y + 0.03, line));
            x += width + 0.01;
        }
    }

    private static String text(LabelledFields.Result r, String field) {
        return String.join(" / ", r.lines().get(field).stream().map(CardTextParser.Line::text).toList());
    }

    @Test
    void aLabelAThirdOffIsFoundBetweenItsNeighbours() {
        List<OcrWord> words = new ArrayList<>();
        // rows at 0.05–0.25: the 2016 bands (0.31 and below) hold none of them
        row(words, 0.05, 0, "Số:", "001203012345");
        row(words, 0.10, 1, "Hq", "vè", "tên:", "NGUYỄN", "VĂN", "AN");
        row(words, 0.15, 2, "Ngày,", "tháng,", "năm", "sinh:", "15/08/2003");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), FRONT_2016);
        assertThat(text(r, "name")).isEqualTo("NGUYỄN VĂN AN");
        assertThat(r.byLabel()).contains("number", "dateOfBirth").doesNotContain("name");
    }

    @Test
    void aLabelPastReadingLeavesTheRowBelowItBetweenTheNeighbours() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Số:", "001203012345");
        row(words, 0.10, 1, "Xq", "wè", "ţcn");
        row(words, 0.14, 2, "NGUYỄN", "VĂN", "AN");
        row(words, 0.19, 3, "Ngày,", "tháng,", "năm", "sinh:", "15/08/2003");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2016), "name")).isEqualTo("NGUYỄN VĂN AN");
    }

    @Test
    void twoLabelsLostBetweenTheSameNeighboursAreNotGuessedFromTheRows() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Số:", "001203012345");
        row(words, 0.10, 1, "Xq", "wè", "ţcn");
        row(words, 0.14, 2, "NGUYỄN", "VĂN", "AN");
        row(words, 0.19, 3, "Nqàx,", "thảnq,", "nẩm", "sỉnk:");
        row(words, 0.23, 4, "15/08/2003");
        row(words, 0.28, 5, "Giới", "tính:", "Nam");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), FRONT_2016);
        // name and date of birth share the rows between "Số" and "Giới tính": neither takes them by order
        assertThat(text(r, "name")).isEmpty();
    }

    @Test
    void piecesOfTheLabelInFrontOfTheValueAreNotTheValue() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Số", "-", "No.:", "001203012345");
        row(words, 0.10, 1, "Họ", "và", "tên", "-", "FU", "NOME", "ĐÀM", "ĐÌNH", "DIỄM");
        row(words, 0.15, 2, "Ngày", "sinh", "/", "Date", "of", "birth:", "15/08/2003");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2021), "name")).isEqualTo("ĐÀM ĐÌNH DIỄM");
    }

    @Test
    void aFamilyNameOrAnAddressWordIsNeverTakenForALabelPiece() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Số:", "001203012345");
        // "HÀ" is in "khai sinh" and "Thôn" is one letter from "thuong": both are value, not label
        row(words, 0.10, 1, "Họ,", "chữ", "đệm", "và", "tên", "khai", "sinh:", "HÀ", "THỊ", "AN");
        row(words, 0.15, 2, "Ngày,", "tháng,", "năm", "sinh:", "15/08/2003");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2024), "name")).isEqualTo("HÀ THỊ AN");
        List<OcrWord> place = new ArrayList<>();
        row(place, 0.05, 0, "Quê", "quán:", "Xã", "An", "Bình");
        row(place, 0.10, 1, "Nơi", "thường", "trú:", "Thôn", "Đông,", "Xã", "An", "Bình");
        assertThat(text(LabelledFields.find(TextRow.of(place), FRONT_2016), "placeOfResidence")).isEqualTo("Thôn Đông, Xã An Bình");
    }

    @Test
    void aLabelSplitOverTwoRowsKeepsItsOtherHalfOutOfTheValue() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Số", "định", "danh", "cá", "nhân:");
        row(words, 0.09, 1, "Personal", "identification", "number");
        row(words, 0.13, 2, "001203012345");
        row(words, 0.20, 3, "Họ,", "chữ", "đệm", "và", "tên", "khai", "sinh:");
        row(words, 0.24, 4, "tuẾ", "name");
        row(words, 0.28, 5, "NGHIÊM", "THỊ", "ẨN");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2024), "name")).isEqualTo("NGHIÊM THỊ ẨN");
    }

    @Test
    void aLowerHalfFoundAloneReadsTheValueBesideTheUpperHalf() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Ngày,", "tháng,", "năm", "sinh:", "19/01/2003");
        row(words, 0.09, 1, "Date", "of", "birth");
        row(words, 0.15, 2, "cuốctịh:", "Việt", "Nam");
        row(words, 0.19, 3, "Nationality");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2024), "nationality")).isEqualTo("Việt Nam");
    }

    @Test
    void theLastFieldWithItsLabelLostIsTheRowsAfterItsNeighboursValue() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Số:", "001203012345");
        row(words, 0.10, 1, "Quê", "quán:", "Xã", "An", "Bình,");
        row(words, 0.14, 2, "Huyện", "Tiên", "Du,", "Tỉnh", "Bắc", "Ninh");
        row(words, 0.19, 3, "Aøtnường", "tnì:", "Thôn", "Đông,");
        row(words, 0.23, 4, "Huyện", "Quế", "Võ,", "Tỉnh", "Bắc", "Ninh");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), FRONT_2016);
        assertThat(text(r, "placeOfOrigin")).isEqualTo("Xã An Bình, / Huyện Tiên Du, Tỉnh Bắc Ninh");
        assertThat(text(r, "placeOfResidence")).endsWith("Huyện Quế Võ, Tỉnh Bắc Ninh").doesNotContain("Tiên Du");
    }
    @Test
    void aHouseNumbersSoAfterAPlacesLabelIsNotTheNumbersLabel() {
        // the number's label read "số/wo:", the residence's value opening with "Số 27": the personal number is
        // the twelve digits, not what follows the house number's "Số"; a longer run of digits is no number
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.33, 0, "số/wo:", "091074006600");
        row(words, 0.39, 1, "HỌ", "VÀ", "TÊN", "/", "Full", "name:");
        row(words, 0.43, 2, "PHÙNG", "THẾ", "KHIÊM");
        row(words, 0.50, 3, "NGÀY", "SINH", "/DOB:", "17/10/1974");
        row(words, 0.55, 4, "QUỐC", "TỊCH", "/Nationality:", "Việt", "Nam");
        row(words, 0.61, 5, "QUÊ", "QUÁN", "/Place", "of", "origin:");
        row(words, 0.65, 6, "Xã", "Ngọc", "Thuận,", "Tỉnh", "Kiên", "Giang");
        row(words, 0.70, 7, "NƠI", "THƯỜNG", "TRÚ/Place", "of", "Residence:", "Số", "27", "ngõ", "112,");
        row(words, 0.74, 8, "1202901357556");
        row(words, 0.78, 9, "Phường", "Vĩnh", "Hiệp,", "Tỉnh", "Kiên", "Giang");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), FRONT_2021);
        assertThat(text(r, "number")).contains("091074006600");
        assertThat(text(r, "placeOfResidence")).startsWith("Số 27 ngõ 112,");
    }

    @Test
    void theExpiryUnderThePhotoReadIntoAPlacesRowDoesNotEndThePlace() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.55, 0, "Quốc", "tịch", "/", "Nationality:", "Việt", "Nam");
        rowAt(words, 0.30, 0.65, 1, "Quê", "quán", "/", "Place", "of", "origin:");
        // the expiry's date and a dash between the columns read as the start of the origin's row
        rowAt(words, 0.10, 0.70, 2, "đến:03/09/2050");
        rowAt(words, 0.275, 0.70, 2, "—");
        rowAt(words, 0.30, 0.70, 2, "Xã", "Hòa", "Phước,", "Quận", "Hải", "Châu,", "Thành", "phố", "Đà", "Nẵng");
        rowAt(words, 0.30, 0.76, 3, "Nơi", "thường", "trú", "/", "Place", "of", "residence:", "Số", "12", "ngõ", "45,");
        rowAt(words, 0.30, 0.81, 4, "Phường", "Đồng", "Kỵ,", "Tỉnh", "Bắc", "Ninh");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), FRONT_2021);
        assertThat(r.byLabel()).contains("placeOfOrigin");
        assertThat(CardTextParser.parse(r.lines(), FRONT_2021.fieldNames(), 0.8, 0).fields().get("placeOfOrigin"))
                .isEqualTo("Xã Hòa Phước, Quận Hải Châu, Thành phố Đà Nẵng");
    }

    @Test
    void aPlaceSetInANarrowColumnRunsOnPastTheLayoutsRowsUntilItsProvince() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:", "Tổ", "5,");
        row(words, 0.10, 1, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth", "registration:");
        // three rows under a label the layout gives two: the place has not ended until its province has
        row(words, 0.14, 2, "Thị", "trấn", "Phương", "Sơn,");
        row(words, 0.18, 3, "Huyện", "Sơn", "Động,");
        row(words, 0.22, 4, "Tỉnh", "Bắc", "Giang");
        row(words, 0.28, 5, "Ngày,", "tháng,", "năm", "cấp", "/", "Date", "of", "issue:", "09/06/2025");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfBirth")).isEqualTo("Thị trấn Phương Sơn, / Huyện Sơn Động, / Tỉnh Bắc Giang");
    }

    @Test
    void aDashBetweenAPlacesPartsIsKeptAndASpeckBeforeItIsNot() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "cư", "trú:", "-", "Xã", "Ô", "Lâm", "-", "Tỉnh", "An", "Giang");
        row(words, 0.10, 1, "Nơi", "đăng", "ký", "khai", "sinh:", "Xã", "Tài", "Văn", "-", "Thị", "xã", "Ngã", "Năm", "-");
        row(words, 0.14, 2, "Tỉnh", "Sóc", "Trăng");
        row(words, 0.19, 3, "Ngày,", "tháng,", "năm", "cấp:", "09/06/2025");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Xã Ô Lâm - Tỉnh An Giang");
        assertThat(text(r, "placeOfBirth")).isEqualTo("Xã Tài Văn - Thị xã Ngã Năm - / Tỉnh Sóc Trăng");
    }

    @Test
    void aPlacesFirstRowBesideTheUpperHalfOfItsLabelIsTheFirstThoughALineOfItsOwn() {
        List<OcrWord> words = new ArrayList<>();
        // set larger than its label, the place's first row is a Tesseract line of its own, a little higher
        rowAt(words, 0.275, 0.075, 0, "Số", "111", "đường", "Nguyễn", "Văn", "Cừ,", "Xã", "Tài", "Văn,");
        row(words, 0.08, 1, "Nơi", "cư", "trú:");
        row(words, 0.12, 2, "Place", "of", "residence");
        rowAt(words, 0.275, 0.12, 2, "Thị", "xã", "Ngã", "Năm,", "Tỉnh", "Sóc", "Trăng");
        row(words, 0.19, 3, "Nơi", "đăng", "ký", "khai", "sinh:", "Tỉnh", "Bến", "Tre");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Số 111 đường Nguyễn Văn Cừ, Xã Tài Văn, / Thị xã Ngã Năm, Tỉnh Sóc Trăng");
        assertThat(text(r, "placeOfBirth")).isEqualTo("Tỉnh Bến Tre");
    }

    @Test
    void wordsReadAsOneAcrossAnUnderscoreAreTwo() {
        List<OcrWord> split = TextRow.atUnderscores(new OcrWord("sinh_Xã", 76, 0.40, 0.23, 0.47, 0.26, 3));
        assertThat(split).extracting(OcrWord::text).containsExactly("sinh", "Xã");
        assertThat(split.get(0).right()).isEqualTo(split.get(1).left()).isBetween(0.40, 0.47);
        assertThat(TextRow.atUnderscores(new OcrWord("_", 50, 0.1, 0.1, 0.11, 0.12, 0))).extracting(OcrWord::text).containsExactly("_");
    }

    @Test
    void aPlacesLaterRowSetInByAHangingIndentIsStillThePlace() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:");
        row(words, 0.09, 1, "Thôn", "Phước", "Lộc,", "Xã", "Minh", "Tâm,", "Huyện", "Trùng");
        // the rest of "Huyện Trùng Khánh" set in a label's width (generator D's narrow column)
        rowAt(words, 0.18, 0.13, 2, "Khánh,", "Tỉnh", "Cao", "Bằng");
        row(words, 0.19, 3, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth", "registration:");
        rowAt(words, 0.30, 0.25, 4, "BỘ", "CÔNG", "AN");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence"))
                .isEqualTo("Thôn Phước Lộc, Xã Minh Tâm, Huyện Trùng / Khánh, Tỉnh Cao Bằng");
    }

    @Test
    void aPlacesRowReadTwiceUnderTheLabelPrintOverItIsTakenOnce() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "cư", "trú:", "Số", "9", "Hẻm", "31,", "Thị", "trấn", "Gio", "Linh,", "Huyện", "Gio", "Linh,");
        // "Place of residence" printed over "Tỉnh Quảng Trị": Tesseract gives the row with and without the label
        words.add(new OcrWord("'Ottlns", 40, 0.05, 0.111, 0.15, 0.148, 2));
        words.add(new OcrWord("Tri", 95, 0.17, 0.111, 0.209, 0.148, 2));
        words.add(new OcrWord("Tỉnh", 60, 0.062, 0.118, 0.10, 0.156, 3));
        words.add(new OcrWord("Quảng", 60, 0.11, 0.118, 0.17, 0.156, 3));
        words.add(new OcrWord("Trị", 95, 0.18, 0.118, 0.21, 0.156, 3));
        row(words, 0.20, 4, "Nơi", "đăng", "ký", "khai", "sinh:", "Tỉnh", "Sơn", "La");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Số 9 Hẻm 31, Thị trấn Gio Linh, Huyện Gio Linh, / Tỉnh Quảng Trị");
    }

    @Test
    void aPlaceThatEndedDoesNotRunOnIntoTheNextLabelsRemnant() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "cư", "trú:", "Khu", "phố", "1,", "Xã", "Cổ", "Linh,", "Tỉnh", "Bắc", "Kạn");
        row(words, 0.09, 1, "Place", "of", "residence");
        // the place of birth's label, garbled past finding, and its value
        row(words, 0.14, 2, "ký", "khai", "sinh:");
        row(words, 0.18, 3, "5Ƒ", "birth", "regidration");
        row(words, 0.22, 4, "Xã", "Ninh", "Tây,", "Tỉnh", "Khánh", "Hòa");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).doesNotContain("Ninh Tây");
    }

    @Test
    void aProvincesFirstWordUnderThePlaceLabelIsNotAPieceOfIt() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "đăng", "ký", "khai", "sinh:");
        // "Hải" is spelled as the "hai" inside "khai": capitalised, it is the province's name
        row(words, 0.09, 1, "Hải", "Dương");
        row(words, 0.16, 2, "Ngày,", "tháng,", "năm", "cấp:", "09/06/2025");
        assertThat(text(LabelledFields.find(TextRow.of(words), BACK_2024), "placeOfBirth")).isEqualTo("Hải Dương");
    }

    private static void rowAt(List<OcrWord> out, double left, double y, int line, String... words) {
        double x = left;
        for (String w : words) {
            double width = 0.012 * w.length();
            out.add(new OcrWord(w, 90, x, y, x + width, y + 0.03, line));
            x += width + 0.01;
        }
    }
}

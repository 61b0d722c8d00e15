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
        rowAt(out, 0.05, y, line, words);
    }

    private static String text(LabelledFields.Result r, String field) {
        return String.join(" / ", r.lines().get(field).stream().map(CardTextParser.Line::text).toList());
    }

    @Test
    void wordsUnderAWholeLabelThatReadLikeItsHalfAreTheValue() {
        // "Hoà Quý, Quận" is one letter from "Quê quán", right under the label's English half: the label's row holds
        // both halves, so no half of it is printed under it
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.50, 0, "Ngày", "sinh", "/", "Date", "of", "birth:", "15/08/1990");
        row(words, 0.615, 1, "Quê", "quán", "/", "Place", "of", "origin:");
        row(words, 0.672, 2, "Phường", "Hoà", "Quý,", "Quận", "Sơn", "Trà,", "Thành", "phố", "Đà", "Nẵng");
        row(words, 0.741, 3, "Nơi", "thường", "trú", "/", "Place", "of", "residence:", "Ấp", "Phú", "Mỹ,", "Xã", "Củ", "Chi,");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), FRONT_2021);
        assertThat(text(r, "placeOfOrigin")).isEqualTo("Phường Hoà Quý, Quận Sơn Trà, Thành phố Đà Nẵng");
    }

    @Test
    void aResidenceGoesOnUnderTheExpiryBesideIt() {
        // "Thành phố Thủ" begins "Thừa Thiên Huế": the row under it, not the expiry under the photo, tells it goes on
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.28, 0.798, 0, "Nơi", "thường", "trú", "/", "Place", "of", "residence:");
        rowAt(words, 0.28, 0.854, 1, "Ngõ", "24", "Nguyễn", "Trãi,", "Phường", "Hòa", "Lợi,", "Thành", "phố", "Thủ");
        rowAt(words, 0.03, 0.860, 2, "Có", "giá", "trị", "đến:", "15/08/2030");
        rowAt(words, 0.28, 0.911, 3, "Dầu", "Một,", "Tỉnh", "Bình", "Dương");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), FRONT_2021);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Ngõ 24 Nguyễn Trãi, Phường Hòa Lợi, Thành phố Thủ / Dầu Một, Tỉnh Bình Dương");
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

    @Test
    void piecesOfOnePrintedRowGivenAsTwoLinesAreOneRowButTheMrzsAreNot() {
        List<OcrWord> words = new ArrayList<>();
        // "THÁNG" read as nothing: "NGÀY" and the rest of the label came as two text lines
        rowAt(words, 0.21, 0.30, 6, "NGÀY");
        rowAt(words, 0.28, 0.30, 10, "IÁNG,", "NĂM", "CẤP:");
        rowAt(words, 0.06, 0.80, 11, "IDVNM0");
        rowAt(words, 0.15, 0.80, 12, "123456789<<");
        List<TextRow> rows = TextRow.of(words);
        assertThat(rows).extracting(TextRow::text).containsExactly("NGÀY IÁNG, NĂM CẤP:", "IDVNM0", "123456789<<");
    }

    @Test
    void aPlacesFirstRowALabelRowFurtherDownIsThePlaceWhenTheLabelsOtherHalfWasReadAsNothing() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "cư", "trú:");
        // "Place of residence" at 0.09 read as nothing; the place at 0.15, more than 1.6 label rows under it
        row(words, 0.15, 1, "Tổ", "23,", "Thôn", "Kim", "Sơn,", "Xã", "Bình", "Thành,", "Tỉnh", "Thái", "Nguyên");
        row(words, 0.30, 2, "Ngày,", "tháng,", "năm", "cấp:", "13/02/2025");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Tổ 23, Thôn Kim Sơn, Xã Bình Thành, Tỉnh Thái Nguyên");
        assertThat(r.byLabel()).contains("placeOfResidence");
    }

    @Test
    void aPlaceByPositionAloneThatNamesNoUnitIsNone() {
        List<OcrWord> words = new ArrayList<>();
        // every label lost; at the residence's rows on the layout, specks of the background read as letters
        row(words, 0.35, 0, "xe", "sí", "zxpvy");
        row(words, 0.40, 1, "16/06/2026");
        assertThat(LabelledFields.find(TextRow.of(words), BACK_2024).lines().get("placeOfResidence")).isEmpty();
    }

    @Test
    void aProvinceAloneUnderTheLabelsEnglishHalfIsThePlaceNotTheOtherHalf() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "cư", "trú:", "Ngõ", "299", "Lê", "Lợi,", "Xã", "Tây", "Yên", "Tử,", "Tỉnh", "Bắc", "Ninh");
        row(words, 0.14, 1, "Nơi", "đăng", "kỷ", "khal", "sỉnh:");
        row(words, 0.18, 2, "Place", "oƒ", "birth", "registration");
        row(words, 0.22, 3, "Cao", "Bằng");
        row(words, 0.30, 4, "Ngày,", "tháng,", "năm", "cấp:", "16/06/2026");
        assertThat(text(LabelledFields.find(TextRow.of(words), BACK_2024), "placeOfBirth")).isEqualTo("Cao Bằng");
    }

    @Test
    void aPlaceInAColumnBesideItsTwoRowLabelLeavesTheLabelsLowerHalfOut() {
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.25, 0.10, 0, "NƠI", "CƯ", "TRÚ", "Khu", "phố", "11,", "Phường", "Tân");
        // the English half, garbled, read on one line with the place's second row, which starts at the place's column
        double column = words.get(3).left();
        rowAt(words, 0.25, 0.135, 1, "?iasa4m=");
        rowAt(words, column, 0.135, 1, "Hoà,", "Thành", "phố", "Hồ", "Chí", "Minh");
        rowAt(words, 0.25, 0.20, 2, "NƠI", "ĐĂNG", "KÝ", "KHAi", "sụn", "Huyện", "Yên", "Phong,", "Tỉnh", "Bắc", "Ninh");
        rowAt(words, 0.25, 0.235, 3, "Plaœ", "o[birthregirain");
        rowAt(words, 0.25, 0.34, 4, "NGÀY,", "THÁNG,", "NĂM", "CẤP:", "25/02/2026");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Khu phố 11, Phường Tân / Hoà, Thành phố Hồ Chí Minh");
        // the garbled "SINH" matched with the H of "Huyện" beside it leaves "Huyện" to the place
        assertThat(text(r, "placeOfBirth")).isEqualTo("Huyện Yên Phong, Tỉnh Bắc Ninh");
    }

    @Test
    void aProvincesLastWordWrappedUnderTheLabelIsStillThePlaces() {
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.22, 0.10, 0, "Nơi", "cư", "trú:", "Thôn", "Phước", "Lộc,", "Phường", "Yên", "Khê,", "Tỉnh", "Quảng");
        rowAt(words, 0.22, 0.14, 1, "Ninh");
        rowAt(words, 0.22, 0.20, 2, "Nơi", "đăng", "ký", "khai", "sinh:", "Tỉnh", "Hà", "Nam");
        assertThat(text(LabelledFields.find(TextRow.of(words), BACK_2024), "placeOfResidence"))
                .isEqualTo("Thôn Phước Lộc, Phường Yên Khê, Tỉnh Quảng / Ninh");
    }

    @Test
    void aPlaceWrappedUnderItsLabelKeepsAUnitsTypeThatStartsLeftOfItsColumn() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Số:", "001203012345");
        row(words, 0.10, 1, "Họ", "tên:", "NGUYỄN", "VĂN", "AN");
        row(words, 0.15, 2, "Sinh", "ngày:", "15/08/2003");
        rowAt(words, 0.22, 0.20, 3, "Nguyên", "quán:", "Phường", "Lê", "Bình,", "Quận", "Cái", "Răng,");
        double column = words.get(words.size() - 6).left();
        // "Thành phố" wrapped under the label, its second word where the place's column starts
        words.add(new OcrWord("Thành", 90, column - 0.07, 0.235, column - 0.01, 0.265, 4));
        rowAt(words, column, 0.235, 4, "phố", "Cần", "Thơ");
        row(words, 0.30, 5, "Nơi", "ĐKHK", "thường", "trú:", "Xã", "An", "Khánh,", "Huyện", "Hoài", "Đức,", "Hà", "Nội");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2016), "placeOfOrigin"))
                .isEqualTo("Phường Lê Bình, Quận Cái Răng, / Thành phố Cần Thơ");
    }

    @Test
    void aProvinceCutOverTheRowsKeepsAWordThatReadsAsALabels() {
        // generator D's 4904 at seed 4900: "Nội" is the letters of "Nơi", but here it ends "TP. Hà"
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.10, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:");
        row(words, 0.14, 1, "Ngõ", "66", "Phan", "Đình", "Phùng,", "P.", "Thụy", "Phương,", "TP.", "Hà");
        rowAt(words, 0.12, 0.18, 2, "Nội");
        row(words, 0.26, 3, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth", "registration:");
        row(words, 0.30, 4, "Huyện", "An", "Nhơn,", "Nghĩa", "Bình");
        assertThat(text(LabelledFields.find(TextRow.of(words), BACK_2024), "placeOfResidence"))
                .isEqualTo("Ngõ 66 Phan Đình Phùng, P. Thụy Phương, TP. Hà / Nội");
    }

    @Test
    void aPlaceBesideItsLabelThatEndsWithItsProvinceTakesNoRowUnderIt() {
        // generator D's 5206 at seed 5200: the birth place's label garbled past finding, its row under the residence
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.10, 0, "NƠI", "CƯ", "TRÚ:", "Xóm", "4,", "Xã", "Bình", "An,", "Tỉnh", "Quảng", "Ngãi");
        row(words, 0.14, 1, "Place", "of", "residence");
        row(words, 0.18, 2, "KÝ", "KHAisNH:", "Huyện", "Cầu", "Kè,", "Tỉnh", "Cửu", "Long");
        row(words, 0.31, 3, "NGÀY,", "THÁNG,", "NĂM", "CẤP:", "06/07/2026");
        assertThat(text(LabelledFields.find(TextRow.of(words), BACK_2024), "placeOfResidence"))
                .isEqualTo("Xóm 4, Xã Bình An, Tỉnh Quảng Ngãi");
    }

    @Test
    void aPlacesFirstRowSetInUnderItsLabelIsThePlaces() {
        // generator D's 4803 at seed 4800: a narrow column that begins under the label's English half
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.09, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence");
        rowAt(words, 0.18, 0.12, 1, "Ngõ", "132", "Quang", "Trung,", "Thôn");
        rowAt(words, 0.18, 0.16, 2, "Đông,", "Xã", "Long", "Điền,", "Huyện");
        rowAt(words, 0.18, 0.21, 3, "An", "Lão,", "Thành", "phố", "Hải", "Phòng");
        row(words, 0.32, 4, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth", "registration");
        row(words, 0.36, 5, "Xã", "Tân", "Hòa,", "Huyện", "Nhơn", "Trạch,", "Tỉnh", "Đồng", "Nai");
        assertThat(text(LabelledFields.find(TextRow.of(words), BACK_2024), "placeOfResidence"))
                .isEqualTo("Ngõ 132 Quang Trung, Thôn / Đông, Xã Long Điền, Huyện / An Lão, Thành phố Hải Phòng");
    }

    @Test
    void aPlaceWhoseProvinceOf1976To2008BeginsWithAPresentOnesNameGoesOnUnderIt() {
        // ListedPlaces laid out as a back: "Tỉnh Hà Nam" ends a place, unless the row under it goes on "Ninh"
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.10, 0, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth:", "Huyện", "Na", "Rì,");
        rowAt(words, 0.50, 0.15, 1, "Tỉnh", "Hà", "Nam");
        rowAt(words, 0.50, 0.20, 2, "Ninh");
        row(words, 0.26, 3, "Ngày,", "tháng,", "năm", "cấp", "/", "Date", "of", "issue:", "12/08/2024");
        assertThat(text(LabelledFields.find(TextRow.of(words), BACK_2024), "placeOfBirth")).isEqualTo("Huyện Na Rì, / Tỉnh Hà Nam / Ninh");
        words.removeIf(w -> w.text().equals("Ninh"));
        assertThat(text(LabelledFields.find(TextRow.of(words), BACK_2024), "placeOfBirth")).isEqualTo("Huyện Na Rì, / Tỉnh Hà Nam");
    }

    @Test
    void aPlacesLastRowThatReadsLikeTheLabelsOtherWordingIsStillThePlaces() {
        // the 2016 front's labels are "Quê quán" or "Nguyên quán": "Tuyên Quang" is much like the second
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.40, 0, "Quê", "quán:", "Xã", "Lưỡng", "Vượng,", "Huyện", "Lâm", "Bình,", "Tỉnh");
        rowAt(words, 0.16, 0.45, 1, "Tuyên", "Quang");
        row(words, 0.51, 2, "Nơi", "ĐKHK", "thường", "trú:", "Xóm", "21,", "Xã", "Long", "Tân");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2016), "placeOfOrigin"))
                .isEqualTo("Xã Lưỡng Vượng, Huyện Lâm Bình, Tỉnh / Tuyên Quang");
    }

    @Test
    void wordsOfAValueThatReadAsTheLabelsOtherWordingAreTheValues() {
        // "Huyện Quan" is two letters from "Nguyên quán", the 2016 front's other wording of "Quê quán"
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.40, 0, "Quê", "quán:", "Xã", "Xuân", "Giang,", "Huyện", "Quan");
        row(words, 0.45, 1, "Sơn,", "Tỉnh", "Thanh", "Hóa");
        row(words, 0.51, 2, "Nơi", "ĐKHK", "thường", "trú:", "Xóm", "21,", "Xã", "Long", "Tân");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2016), "placeOfOrigin"))
                .isEqualTo("Xã Xuân Giang, Huyện Quan / Sơn, Tỉnh Thanh Hóa");
    }

    @Test
    void aRowBackAtTheLabelsLeftThatCompletesTheProvinceIsThePlacesWhole() {
        // the value began right of "Quê quán:"; its province, of 1976-1989, wraps back to the label's left
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.40, 0, "Quê", "quán:", "Xã", "Vĩnh", "Giang,", "Huyện", "Hướng", "Hóa,", "Tỉnh");
        row(words, 0.45, 1, "Bình", "Trị", "Thiên");
        row(words, 0.51, 2, "Nơi", "ĐKHK", "thường", "trú:", "Xóm", "21,", "Xã", "Long", "Tân");
        assertThat(text(LabelledFields.find(TextRow.of(words), FRONT_2016), "placeOfOrigin"))
                .isEqualTo("Xã Vĩnh Giang, Huyện Hướng Hóa, Tỉnh / Bình Trị Thiên");
    }

    /** One row of words from x = {@code left}: right of a front's photo, or under it. */
    @Test
    void aDateReadWithLittleConfidenceUnderTheLabelsHalvesIsStillTheValue() {
        // generator D's 6719 at seed 6700 (Liberation Sans): "25/11/2026" read "2511112026" at confidence 20
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "NƠI", "CƯ", "TRÚ:", "Tổ", "dân", "phố", "4,", "Xã", "Gia", "Phong,", "Ninh", "Bình");
        row(words, 0.15, 1, "NGÀY,", "THÁNG,", "NĂM", "CẤP:");
        row(words, 0.19, 2, "Date", "of", "issue");
        words.add(new OcrWord("2511112026", 20, 0.05, 0.23, 0.15, 0.26, 3));
        row(words, 0.30, 4, "NGÀY,", "THÁNG,", "NĂM", "HẾT", "HẠN:");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "issueDate")).isEqualTo("2511112026");
    }

    @Test
    void aPlaceBesideTheUpperHalfReadAsARowOfItsOwnIsTheValueNotAScrapBesideTheLowerHalf() {
        // generator D's 6515 at seed 6500 (DejaVu Sans Light): the Vietnamese half cut short, the place beside it
        // read as a row of its own, the English half found and a speck beside it read "Or"
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.05, 0, "Nơi", "cư", "trú:", "Tổ", "dân", "phố", "3,", "Xã", "Trung", "Ngãi-Tỉnh", "Vĩnh", "Long");
        row(words, 0.09, 1, "Place", "of", "residence");
        row(words, 0.147, 2, "Nơi", "đăng", "ký", "khai", "s");
        rowAt(words, 0.30, 0.147, 3, "H.", "Đăk", "Glong,", "T.", "Đắk", "Nông");
        row(words, 0.192, 4, "Place", "of", "birt");
        rowAt(words, 0.27, 0.196, 5, "Or");
        row(words, 0.32, 6, "Ngày,", "tháng,", "năm", "cấp:", "08/09/2025");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfBirth")).isEqualTo("H. Đăk Glong, T. Đắk Nông");
    }

    @Test
    void anAddressWordOfTwoLettersReadAsARowOfItsOwnBesideTheLabelIsNoScrap() {
        // generator D's 5012 at seed 5000 (Noto Sans, narrow): "Số" beside "Nơi cư trú:" read as a row of its own
        List<OcrWord> words = new ArrayList<>();
        // the label in its small print, "Số" in the value's larger one: two rows that barely overlap
        words.add(new OcrWord("Nơi", 90, 0.05, 0.089, 0.086, 0.104, 0));
        words.add(new OcrWord("cư", 90, 0.096, 0.089, 0.12, 0.104, 0));
        words.add(new OcrWord("trú:", 90, 0.13, 0.089, 0.178, 0.104, 0));
        words.add(new OcrWord("Số", 90, 0.23, 0.094, 0.254, 0.123, 1));
        row(words, 0.130, 2, "Place", "oƒresidence", "161", "đường", "Lý", "Thường", "Kiệt,");
        rowAt(words, 0.23, 0.175, 3, "Xã", "Lê", "Quý", "Đôn,");
        rowAt(words, 0.23, 0.214, 4, "Tỉnh", "Hưng", "Yên");
        row(words, 0.27, 5, "Nơi", "đăng", "ký", "khai", "sinh:", "Xã", "Yên", "Thọ,", "Tỉnh", "Thanh", "Hoá");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).startsWith("Số");
    }

    @Test
    void aPlaceBesideAnUpperHalfReadPastKnowingOverTheLowerHalfFoundIsTheValue() {
        // generator D's 6716 at seed 6700 (Noto Serif Display): "Nơi cư trú:" read "xơicưraú", the place beside it
        // in a larger print read as a row of its own a little higher
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.17, 0.074, 0, "Ấp", "Đông,", "X.", "Bắc", "Quang,", "T.", "Tuyên", "Quang");
        row(words, 0.093, 1, "xơicưraú");
        row(words, 0.123, 2, "Place", "of", "residence");
        row(words, 0.174, 3, "NƠI", "ĐĂNG", "KÝ", "KHAI", "SINH", "Xã", "An", "Tây,", "Bàu", "Bàng,", "Bình", "Dương");
        row(words, 0.213, 4, "Place", "of", "birth", "registration");
        row(words, 0.325, 5, "NGÀY,", "THÁNG,", "NĂM", "CẤP", "03/05/2026");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Ấp Đông, X. Bắc Quang, T. Tuyên Quang");
    }

    static void rowAt(List<OcrWord> out, double left, double y, int line, String... words) {
        double x = left;
        for (String w : words) {
            double width = 0.012 * w.length();
            out.add(new OcrWord(w, 90, x, y, x + width, y + 0.03, line));
            x += width + 0.01;
        }
    }

    @Test
    void valuesSetInOneColumnBeyondTheWidestLabelAreTheirLabelsOwn() {
        // generator D's 8800 (dValueColumn): each value starts at one column far right of its label and Tesseract
        // reads the column as a block of its own, its rows just above the labels' (the values are larger)
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.76, 0.061, 0, "Tổ", "dân", "phố", "13,", "Thôn", "Hạ", "Vị,");
        rowAt(words, 0.244, 0.066, 1, "Nơi", "cư", "trú", "/", "Place", "of", "residence");
        rowAt(words, 0.76, 0.114, 2, "Phường", "Kim", "Long,");
        rowAt(words, 0.76, 0.158, 3, "Tỉnh", "Thừa", "Thiên", "-", "Huế");
        rowAt(words, 0.244, 0.266, 4, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth", "registration:", "Đồng", "Nai");
        rowAt(words, 0.76, 0.337, 5, "22/01/2025");
        rowAt(words, 0.244, 0.340, 6, "Ngày,", "tháng,", "năm", "cấp", "/", "Date", "of", "issue:");
        rowAt(words, 0.76, 0.394, 7, "26/09/2046");
        rowAt(words, 0.244, 0.397, 8, "Ngày,", "tháng,", "năm", "hết", "hạn", "/", "Date", "of", "expiry:");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Tổ dân phố 13, Thôn Hạ Vị, / Phường Kim Long, / Tỉnh Thừa Thiên - Huế");
        assertThat(text(r, "issueDate")).isEqualTo("22/01/2025");
        assertThat(text(r, "expiryDate")).isEqualTo("26/09/2046");
        assertThat(r.byLabel()).contains("placeOfResidence", "issueDate", "expiryDate");
    }

    @Test
    void aLabelsPaleEndReadAsGarbleUpToItsColonIsNoValue() {
        // generator D's 8804 (dLabelColours, dValueColumn): the label's English half in a pale ink read "Place of
        // feidenee:", its colon still there; the value, set three times its height, far right in a block of its own
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.583, 0.066, 0, "Ngõ", "134", "Nguyễn", "Văn", "Cừ,");
        words.set(words.size() - 5, new OcrWord("Ngõ", 96, 0.583, 0.066, 0.628, 0.110, 0));
        // the pale label's words with the confidences Tesseract gave them (a garbled end it was least sure of)
        words.add(new OcrWord("Nơi", 60, 0.237, 0.085, 0.258, 0.100, 1));
        words.add(new OcrWord("cư", 60, 0.264, 0.089, 0.278, 0.100, 1));
        words.add(new OcrWord("trú", 60, 0.283, 0.087, 0.303, 0.100, 1));
        words.add(new OcrWord("/", 60, 0.306, 0.087, 0.310, 0.100, 1));
        words.add(new OcrWord("Place", 40, 0.316, 0.085, 0.348, 0.100, 1));
        words.add(new OcrWord("of", 40, 0.354, 0.086, 0.365, 0.100, 1));
        words.add(new OcrWord("feidenee:", 26, 0.371, 0.085, 0.437, 0.100, 1));
        rowAt(words, 0.583, 0.119, 2, "Xã", "Tân", "Thành,", "Tỉnh", "Lạng", "Sơn");
        rowAt(words, 0.237, 0.200, 3, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth:", "Phú", "Yên");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Ngõ 134 Nguyễn Văn Cừ, / Xã Tân Thành, Tỉnh Lạng Sơn");
    }

    @Test
    void aPlaceInAColumnBeyondALabelOverTwoRowsGoesOnUnderItsFirstRow() {
        // generator D's 8611 (dValueColumn): the label's halves on two rows, the English one found; the place's first
        // row level with the Vietnamese half far right, its second under it below the English half
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.249, 0.074, 0, "Nơi", "cư", "trú");
        rowAt(words, 0.503, 0.072, 1, "102/3", "Quang", "Trung,", "Xã", "Liêm", "Chung,");
        rowAt(words, 0.248, 0.108, 2, "Place", "of", "residence");
        rowAt(words, 0.503, 0.142, 3, "Huyện", "Lý", "Nhân,", "Tỉnh", "Hà", "Nam");
        rowAt(words, 0.502, 0.198, 4, "Xã", "Tam", "Hợp,", "Bình", "Xuyên,", "Vĩnh", "Phúc");
        rowAt(words, 0.249, 0.202, 5, "Nơi", "đăng", "ký", "khai", "sinh");
        rowAt(words, 0.248, 0.237, 6, "Place", "of", "birth", "registration");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("102/3 Quang Trung, Xã Liêm Chung, / Huyện Lý Nhân, Tỉnh Hà Nam");
    }

    @Test
    void aPlaceSetLargerThanItsLabelGoesOnAsFarBelowAsItsOwnRowsStand() {
        // generator D's 9013 (dValueColumn, dLabelWording): the label small, "Nơi thường trú" read whole and its pale
        // English half not at all (a short wording, found where it opens its row); the place set a third larger far
        // right in a block of its own, its second row further below than the small label's rows would stand
        List<OcrWord> words = new ArrayList<>();
        rowSized(words, 0.428, 0.075, 0.104, 0, "Thôn", "Bình", "An,");
        rowSized(words, 0.251, 0.082, 0.104, 1, "Nơi", "thường", "trú");
        rowSized(words, 0.428, 0.143, 0.185, 2, "Xã", "Long", "Đức", "-", "Thị", "xã", "Ngã", "Năm", "-", "Tỉnh", "Sóc", "Trăng");
        rowSized(words, 0.428, 0.209, 0.242, 3, "Thành", "phố", "Hà", "Nội");
        rowSized(words, 0.251, 0.218, 0.239, 4, "Nơi", "đăng", "ký", "khai", "sinh:");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Thôn Bình An, / Xã Long Đức - Thị xã Ngã Năm - Tỉnh Sóc Trăng");
        assertThat(text(r, "placeOfBirth")).isEqualTo("Thành phố Hà Nội");
    }

    /** One row of words from {@code top} to {@code bottom}, words 0.01 apart from x = {@code left}. */
    static void rowSized(List<OcrWord> out, double left, double top, double bottom, int line, String... words) {
        double x = left;
        for (String w : words) {
            double width = 0.012 * w.length();
            out.add(new OcrWord(w, 90, x, top, x + width, bottom, line));
            x += width + 0.01;
        }
    }

    @Test
    void anEnglishHalfCapitalisedAfterTheSlashIsTheLabelsNotThePlaces() {
        // generator D's 8906 (dLabelWording): "Nơi cư trú / Residence", a whole word of the label capitalised
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.08, 0, "Nơi", "cư", "trú", "/", "Residence", "Xóm", "9,", "Xã", "Ngọc", "Chấn,");
        row(words, 0.12, 1, "Tỉnh", "Yên", "Bái");
        row(words, 0.19, 2, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth:", "Gia", "Lai");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Xóm 9, Xã Ngọc Chấn, / Tỉnh Yên Bái");
        // a place's name that is one of the Vietnamese words of a label ("thường" of a 2021 front's "Nơi thường trú")
        // stays the place's
        List<OcrWord> named = new ArrayList<>();
        row(named, 0.615, 0, "Quê", "quán", "/", "Place", "of", "origin:", "Hà", "Nội");
        row(named, 0.741, 1, "Nơi", "thường", "trú", "/", "Place", "of", "residence:", "Thôn", "Thượng,");
        row(named, 0.80, 2, "Xã", "Định", "Thành,", "Tỉnh", "Cà", "Mau");
        assertThat(text(LabelledFields.find(TextRow.of(named), FRONT_2021), "placeOfResidence"))
                .isEqualTo("Thôn Thượng, / Xã Định Thành, Tỉnh Cà Mau");
    }

    @Test
    void aValuesFirstWordReadAsOneWithTheLabelsColonIsTheValues() {
        // generator D's 5310 (DejaVu Serif Condensed): "Place of residence: Ngõ 135" read "ofresidence:Ngõ 135"
        List<OcrWord> words = new ArrayList<>();
        row(words, 0.08, 0, "NƠI", "CƯ", "TRÚ", "/", "Place", "ofresidence:Ngõ", "135", "Nguyễn", "Văn", "Cừ,", "Xã", "Gia", "Hội,");
        rowAt(words, 0.35, 0.12, 1, "Tỉnh", "Yên", "Bái");
        row(words, 0.18, 2, "NƠI", "ĐĂNG", "KÝ", "KHAI", "SINH", "/", "Place", "of", "birth", "registration:");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Ngõ 135 Nguyễn Văn Cừ, Xã Gia Hội, / Tỉnh Yên Bái");
    }

    @Test
    void aPlacesFirstWordStretchedLeftOfTheColumnByASpeckIsStillThePlaces() {
        // generator D's 8912: "Quận" read with the QR's margin, its box from 0.203 to 0.314, the label's column at 0.25
        List<OcrWord> words = new ArrayList<>();
        rowSized(words, 0.250, 0.065, 0.115, 0, "Nơi", "thường", "trú:", "Xóm", "1,", "Phường", "Giá", "Rai,", "Tỉnh", "Cà", "Mau");
        rowSized(words, 0.249, 0.110, 0.127, 1, "Permanent", "residence");
        rowSized(words, 0.250, 0.171, 0.190, 2, "Nơi", "sinh:");
        rowSized(words, 0.249, 0.200, 0.222, 3, "Place", "oƒ", "birth");
        words.add(new OcrWord("Quận", 90, 0.203, 0.238, 0.314, 0.276, 4));
        rowSized(words, 0.323, 0.237, 0.278, 4, "Thốt", "Nốt,", "Thành", "phố", "Cần", "Thơ");
        rowSized(words, 0.250, 0.312, 0.348, 5, "Ngày", "cấp:", "14/06/2026");
        rowSized(words, 0.249, 0.352, 0.374, 6, "Date", "oƒ", "issue");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfBirth")).isEqualTo("Quận Thốt Nốt, Thành phố Cần Thơ");
    }

    @Test
    void aLabelsEndReadAloneBesideTheFirstPlaceIsItsLabel() {
        // generator D's 9017 (labels in pale capitals): "NƠI THƯỜNG TRÚ" read "ỜNG TRI", level with the place's first row
        List<OcrWord> words = new ArrayList<>();
        rowSized(words, 0.477, 0.101, 0.135, 0, "Số", "111", "đường", "Quang", "Trung,");
        rowSized(words, 0.328, 0.110, 0.128, 1, "ỜNG", "TRI");
        rowSized(words, 0.477, 0.173, 0.209, 2, "Phường", "Vĩnh", "Thông,", "Tỉnh", "An", "Giang");
        rowSized(words, 0.252, 0.229, 0.266, 3, "NƠI", "ĐĂNG", "KÝ", "KHAI", "SINH", "Xã", "Hòa", "Bắc,", "Lâm", "Đồng");
        rowSized(words, 0.478, 0.340, 0.366, 4, "15/09/2025");
        rowSized(words, 0.252, 0.345, 0.362, 5, "NGÀY", "CẤP");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).isEqualTo("Số 111 đường Quang Trung, / Phường Vĩnh Thông, Tỉnh An Giang");
        assertThat(text(r, "placeOfBirth")).isEqualTo("Xã Hòa Bắc, Lâm Đồng");
    }

    @Test
    void aSpeckAfterALabelLeavesTheValueReadApartBesideItTheLabels() {
        // generator D's 8807 (dValueColumn, dDarkPaper): the label's row ends with "Øff" read off the paper at
        // confidence 12; the place, far right and level with the label, was read as a block of its own
        List<OcrWord> words = new ArrayList<>();
        rowSized(words, 0.621, 0.083, 0.123, 0, "84/36", "Quang", "Trung,", "Xã", "Thái", "Hoà,");
        rowSized(words, 0.231, 0.089, 0.126, 1, "NƠI", "CƯ", "TRÚ", "/", "Place", "of", "residence:");
        rowSized(words, 0.620, 0.185, 0.216, 2, "Thanh", "Hoá");
        rowSized(words, 0.620, 0.247, 0.288, 3, "Thành", "phố", "Tam", "Kỳ,");
        rowSized(words, 0.231, 0.257, 0.290, 4, "NƠI", "ĐĂNG", "KÝ", "KHAI", "SINH");
        words.add(new OcrWord("Øff", 12, 0.49, 0.266, 0.507, 0.279, 4));
        rowSized(words, 0.620, 0.295, 0.336, 5, "Tỉnh", "Quảng", "Nam");
        rowSized(words, 0.621, 0.370, 0.402, 6, "28/10/2024");
        rowSized(words, 0.232, 0.377, 0.409, 7, "Date", "of", "issue:");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfBirth")).isEqualTo("Thành phố Tam Kỳ, / Tỉnh Quảng Nam");
    }

    @Test
    void aLabelsEndAboveAPlaceBegunLeftOfItIsNoLabelToCutThePlaceAt() {
        // generator D's 7204: only "residence" is left of the label, the place starts under the label's lost start
        List<OcrWord> words = new ArrayList<>();
        rowSized(words, 0.316, 0.106, 0.120, 0, "residence");
        rowSized(words, 0.263, 0.111, 0.180, 1, "Xóm", "9,", "Xã", "Long", "Điền", "-", "Huyện");
        rowSized(words, 0.339, 0.177, 0.225, 2, "Trực", "Ninh", "-", "Tỉnh", "Nam", "Định");
        rowSized(words, 0.264, 0.251, 0.288, 3, "Nơi", "đăng", "ký", "khai", "sinh", "Tỉnh", "Ninh", "Thuận");
        rowSized(words, 0.263, 0.290, 0.307, 4, "Piace", "oƒ", "birth", "registration");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(text(r, "placeOfResidence")).startsWith("Xóm 9, Xã Long Điền");
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The places on a 2024 card's back, where OCR garbled their labels or the labels around them. */
class BackPlacesTest {
    private static final CardLayout BACK_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();

    private static String text(List<OcrWord> words, String field) {
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        return String.join(" / ", r.lines().get(field).stream().map(CardTextParser.Line::text).toList());
    }

    @Test
    void theFirstFieldsLabelLostWithTheOneAfterItIsFoundFromTheCardsTop() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Nơi", "de", "tní", "-", "Đlaee", "øƒ", "residencc", "Thôn", "2,", "Xã",
                "Ea", "Păl,", "Huyện", "Ea", "Kar,", "Tỉnh", "Đắk", "Lắk");
        LabelledFieldsTest.row(words, 0.16, 1, "Xơi", "ĐK", "khai", "sinh", "-", "Place", "of", "bừnh", "Xã", "Hiệp",
                "Hoà,", "Quận", "Dương", "Kinh,");
        LabelledFieldsTest.row(words, 0.20, 2, "Thành", "phố", "Hải", "Phòng");
        LabelledFieldsTest.row(words, 0.50, 3, "Ngày,", "tháng,", "năm", "cấp", "/", "Date", "of", "issue:", "13/04/2025");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Thôn 2, Xã Ea Păl, Huyện Ea Kar, Tỉnh Đắk Lắk");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Xã Hiệp Hoà, Quận Dương Kinh, / Thành phố Hải Phòng");
    }

    @Test
    void bothPlacesLabelsLostAndOneRunReadAtTheTopIsTheResidence() {
        // D's 7312 at seed 7300: the small labels and the place of birth's row lost, the residence's first letter too
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.065, 0, "gõ", "231", "Trần", "Hưng", "Đạo,", "X.", "Viêng", "Lán,", "H.", "Vân",
                "Hồ,", "T.", "Sơn", "La");
        LabelledFieldsTest.row(words, 0.345, 1, "Ngày,", "tháng,", "năm", "cấp:", "21/06/2025");
        LabelledFieldsTest.row(words, 0.430, 2, "Ngày,", "tháng,", "năm", "hết", "hạn:", "28/04/2040");
        assertThat(text(words, "placeOfResidence")).isEqualTo("gõ 231 Trần Hưng Đạo, X. Viêng Lán, H. Vân Hồ, T. Sơn La");
        assertThat(text(words, "placeOfBirth")).isEmpty();
        // a row of text above the run (the residence's rows read past knowing): not told which place the run is
        List<OcrWord> below = new ArrayList<>();
        LabelledFieldsTest.row(below, 0.065, 0, "Kdwp", "qrst", "vbnm");
        LabelledFieldsTest.row(below, 0.200, 1, "Xã", "Tân", "Hội,", "Huyện", "Lấp", "Vò,", "Tỉnh", "Đồng", "Tháp");
        LabelledFieldsTest.row(below, 0.345, 2, "Ngày,", "tháng,", "năm", "cấp:", "21/06/2025");
        assertThat(text(below, "placeOfResidence")).isEmpty();
    }

    @Test
    void aPlaceEndsBeforeADateRowWhoseLabelWasLost() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:", "Thôn", "2,",
                "Xã", "Ea", "Păl,", "Huyện", "Ea", "Kar,", "Tỉnh", "Đắk", "Lắk");
        LabelledFieldsTest.row(words, 0.16, 1, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth:", "Xã",
                "Hiệp", "Hoà,", "Quận", "Dương");
        LabelledFieldsTest.row(words, 0.20, 2, "Nqàx", "cấq", "-", "Dưtc", "ọƒ", "(sc", "13/04/2025");
        LabelledFieldsTest.row(words, 0.25, 3, "Ngày,", "tháng,", "năm", "hết", "hạn", "/", "Date", "of", "expiry:",
                "07/04/2038");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Xã Hiệp Hoà, Quận Dương");
    }

    @Test
    void aLabelsTailUpToItsColonIsNotThePlace() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:", "Thôn", "2,",
                "Xã", "Ea", "Păl,", "Huyện", "Ea", "Kar,", "Tỉnh", "Đắk", "Lắk");
        LabelledFieldsTest.row(words, 0.16, 1, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth",
                "registration:", "Thị", "trấn", "Nhà", "Bè,", "Quận", "11,");
        LabelledFieldsTest.row(words, 0.20, 2, "Thành", "phố", "Hồ", "Chí", "Minh");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Thị trấn Nhà Bè, Quận 11, / Thành phố Hồ Chí Minh");
    }

    @Test
    void bothPlaceLabelsPastReadingThePlacesAreTheAddressRunsInTheCardsOrder() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.06, 0, "Xet", "trú", "Ptwer", "o(", "Revudowr-", "Khu", "phố", "6,", "Xã", "Sán",
                "Xả", "Hồ,", "Huyện", "Quản", "Bạ,");
        LabelledFieldsTest.row(words, 0.11, 1, "Tính", "Hà", "Giang");
        LabelledFieldsTest.row(words, 0.17, 2, "Xudt", "đăng", "&Ý", "ket", "xứnh", "-", "Pfœc", "oƒ", "Đfrtlc");
        LabelledFieldsTest.row(words, 0.21, 3, "Xã", "Bon", "Phặng,", "Huyện", "Sông", "Mã,", "Tỉnh", "Sơn", "La");
        LabelledFieldsTest.row(words, 0.50, 4, "gáy", "cấp", "Øare", "o(", "(sua", "30/09/2024");
        LabelledFieldsTest.row(words, 0.75, 5, "IDVNM096588912801409658891250<<");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Khu phố 6, Xã Sán Xả Hồ, Huyện Quản Bạ, / Tính Hà Giang");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Xã Bon Phặng, Huyện Sông Mã, Tỉnh Sơn La");
    }

    @Test
    void theValueBesideItsLabelReadAsARowOfItsOwnIsTheFirstRow() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:", "Thôn", "2,",
                "Xã", "Ea", "Păl,", "Huyện", "Ea", "Kar,", "Tỉnh", "Đắk", "Lắk");
        // the photo tilted: the value beside the label a little higher, cut off into a row of its own
        words.add(new OcrWord("Xã", 90, 0.51, 0.16, 0.54, 0.20, 7));
        words.add(new OcrWord("Nậm", 90, 0.55, 0.16, 0.59, 0.20, 7));
        words.add(new OcrWord("Vì,", 90, 0.60, 0.16, 0.63, 0.20, 7));
        LabelledFieldsTest.row(words, 0.18, 1, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth");
        LabelledFieldsTest.row(words, 0.23, 2, "Tỉnh", "Điện", "Biên");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Xã Nậm Vì, / Tỉnh Điện Biên");
    }

    /** One row of words from {@code top} to {@code bottom}, words 0.01 apart from x = 0.06. */
    private static void box(List<OcrWord> out, double top, double bottom, int line, String... words) {
        LabelledFieldsTest.rowSized(out, 0.06, top, bottom, line, words);
    }

    /** Generator C's degraded back: a quote mark read above "Thị trấn" stretched the value's first row up into its label's. */
    @Test
    void aValueRowStretchedUpIntoItsLabelsRowIsStillUnderIt() {
        List<OcrWord> words = new ArrayList<>();
        box(words, 0.261, 0.303, 0, "Nợt", "cự", "trú", "ý", "Pùce", "otresidernee");
        box(words, 0.277, 0.366, 1, "Số", "5", "Kiệt", "14,", "“Thị", "trấn", "Ngô", "Đồng");
        box(words, 0.370, 0.416, 2, "Huyện", "Giao", "Thủy,", "Tỉnh", "Nam", "Định");
        box(words, 0.427, 0.477, 3, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth");
        box(words, 0.484, 0.547, 4, "Phường", "25,", "Quận", "Bình", "Thạnh,", "Thành", "phố", "Hồ", "Chí", "Minh");
        // the label's garbled English half beside it comes along; the parser cuts it as a label's remnant
        assertThat(text(words, "placeOfResidence"))
                .isEqualTo("ý Pùce otresidernee / Số 5 Kiệt 14, “Thị trấn Ngô Đồng / Huyện Giao Thủy, Tỉnh Nam Định");
    }

    /**
     * Generator C's clean varied back: the label printed small, the value large, wrapped after a town named as its
     * province, whose comma says the address goes on; the gap between the value's rows is more than the label's height.
     */
    @Test
    void anAddressGoesOnAfterAProvincesNameWithAComma() {
        List<OcrWord> words = new ArrayList<>();
        box(words, 0.121, 0.134, 0, "Nơi", "cư", "trú/Place", "of", "Residence");
        box(words, 0.148, 0.191, 1, "Tổ", "dân", "phố", "3,", "Xã", "Sa", "Nhơn,", "Thành", "phố", "Kon", "Tum,");
        box(words, 0.215, 0.244, 2, "Tỉnh", "Kon", "Tum");
        box(words, 0.274, 0.307, 3, "Nơi", "đăng", "ký", "khai", "sinh/Plae", "of", "binh", "Tĩnh", "Kon", "Tum");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Tổ dân phố 3, Xã Sa Nhơn, Thành phố Kon Tum, / Tỉnh Kon Tum");
    }

    /** The rows of a value printed large under a small label are as far apart as the value's rows are tall. */
    @Test
    void aValuesRowsAreSpacedByTheValuesHeightNotTheLabels() {
        List<OcrWord> words = new ArrayList<>();
        box(words, 0.121, 0.134, 0, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth");
        box(words, 0.148, 0.191, 1, "Xã", "Hiệp", "Hoà,", "Quận", "Dương", "Kinh,");
        box(words, 0.215, 0.258, 2, "Thành", "phố", "Hải", "Phòng");
        box(words, 0.400, 0.430, 3, "Ngày,", "tháng,", "năm", "cấp", "/", "Date", "of", "issue:", "13/04/2025");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Xã Hiệp Hoà, Quận Dương Kinh, / Thành phố Hải Phòng");
    }

    @Test
    void noPlaceLabelReadAtAllThePlacesAreTheRunsThoughTheirTypesAreAbbreviatedOrTheProvinceStandsAlone() {
        // generator D's 6518 and 6517 at seed 6500 (DejaVu Sans Light): the small labels lost to the page, the values
        // left; "X.", "H.", "T." name units as "Xã", "Huyện", "Tỉnh" do, and "Thái Bình" alone ends an address
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.099, 0, "NG", "ư", "trú");
        LabelledFieldsTest.row(words, 0.132, 1, "Ngõ", "8", "Nguyễn", "Trãi,", "X.", "Tập", "Ngãi,");
        LabelledFieldsTest.row(words, 0.170, 6, "H.", "Cầu", "Ngang,", "T.", "Trà", "Vinh");
        LabelledFieldsTest.row(words, 0.230, 2, "Thái", "Bình");
        LabelledFieldsTest.row(words, 0.305, 3, "Nơi", "đã", "\\g", "ký");
        LabelledFieldsTest.row(words, 0.340, 4, "03/07/2024");
        LabelledFieldsTest.row(words, 0.776, 5, "IDVNM079615869300207961586953<<");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Ngõ 8 Nguyễn Trãi, X. Tập Ngãi, / H. Cầu Ngang, T. Trà Vinh");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Thái Bình");
        // a row that names no unit, abbreviated or not, and ends with no province starts no run
        List<OcrWord> none = new ArrayList<>();
        LabelledFieldsTest.row(none, 0.10, 0, "Nơi", "đã", "\\g", "ký", "T.");
        assertThat(BackPlaces.fromFirstUnit(TextRow.of(none).get(0).words(), true)).isEmpty();
        // a province alone after what is left of its label (D's 6105 at seed 6100): from past the label's colon
        List<OcrWord> label = new ArrayList<>();
        LabelledFieldsTest.row(label, 0.10, 0, "Nơi", "đăng", "ký", "khai", "5an:", "Bắc", "Ninh");
        assertThat(BackPlaces.fromFirstUnit(TextRow.of(label).get(0).words(), true).stream().map(OcrWord::text).toList())
                .containsExactly("Bắc", "Ninh");
    }

    @Test
    void anAddressRunStartsAtAMisreadTổDânPhốBeforeItsNumber() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Tế", "dán", "phố", "3,", "Xã", "Nghĩa", "Thành,");
        assertThat(BackPlaces.fromFirstUnit(TextRow.of(words).get(0).words(), false).stream().map(OcrWord::text).toList())
                .containsExactly("Tế", "dán", "phố", "3,", "Xã", "Nghĩa", "Thành,");
    }

    @Test
    void anAddressRunStartsAtAStreetWordWithASpeckGluedToItOrAtAXãReadWithAMark() {
        List<OcrWord> speck = new ArrayList<>();
        LabelledFieldsTest.row(speck, 0.10, 0, "¡Xóm", "7,", "Xã", "Vĩnh", "Bình,");
        assertThat(BackPlaces.fromFirstUnit(TextRow.of(speck).get(0).words(), false).stream().map(OcrWord::text).toList())
                .containsExactly("Xóm", "7,", "Xã", "Vĩnh", "Bình,");
        List<OcrWord> marked = new ArrayList<>();
        LabelledFieldsTest.row(marked, 0.10, 0, "sinh", "(ã", "Ninh", "Tây,", "Huyện", "Vạn", "Ninh,");
        assertThat(BackPlaces.fromFirstUnit(TextRow.of(marked).get(0).words(), false).stream().map(OcrWord::text).toList())
                .containsExactly("Xã", "Ninh", "Tây,", "Huyện", "Vạn", "Ninh,");
    }

    /** A one-row value in larger print beside its label (a 2021 front's name) is beside it, not a place's row under it. */
    @Test
    void aNamesRowRisingIntoItsLabelsRowStaysBesideIt() {
        List<OcrWord> words = new ArrayList<>();
        words.add(new OcrWord("051065074214", 90, 0.342, 0.336, 0.60, 0.371, 0));
        words.add(new OcrWord("tên", 90, 0.331, 0.421, 0.36, 0.441, 1));
        words.add(new OcrWord("fu§", 90, 0.365, 0.421, 0.39, 0.441, 1));
        words.add(new OcrWord("Name:", 90, 0.395, 0.421, 0.44, 0.441, 1));
        words.add(new OcrWord("'TRIỆU", 90, 0.283, 0.425, 0.36, 0.506, 2));
        words.add(new OcrWord("VĂN", 90, 0.37, 0.425, 0.42, 0.506, 2));
        words.add(new OcrWord("XUYẾN", 90, 0.43, 0.425, 0.50, 0.506, 2));
        CardLayout front = CardLayouts.builtIn().of(CardModel.CCCD_2021, CardSide.FRONT).orElseThrow();
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), front);
        assertThat(String.join(" ", r.lines().get("name").stream().map(CardTextParser.Line::text).toList())).contains("TRIỆU");
    }

    @Test
    void aPlaceWhoseLabelFadedIsTheRunAboveTheNextPlacesLabelThoughThatPlaceNamesNoUnit() {
        // generator D's 5214 at seed 5200: no residence label read at all, and the birth place a province's name alone
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.16, 0, "Số", "224", "đường", "Ngô", "Quyền,", "Xã", "Phú", "Mỹ,", "Tỉnh", "Vĩnh", "Long");
        LabelledFieldsTest.row(words, 0.24, 1, "Nơi", "đăng", "ký", "khai", "sinh", "Vĩnh", "Long");
        LabelledFieldsTest.row(words, 0.34, 2, "Ngày,", "tháng,", "năm", "cấp:", "08/10/2025");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Số 224 đường Ngô Quyền, Xã Phú Mỹ, Tỉnh Vĩnh Long");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Vĩnh Long");
    }

    @Test
    void anAddressRunGoesOnUnderItsFirstWordPastALabelsRemnant() {
        // generator D's 4902 at seed 4900: the garbled label before "179/16", the province's row set under the number
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.07, 0, 0.24, "Naieu", "tú:", "179/16", "Ngô", "Quyền,", "Xã", "Vĩ", "Thượng", "-", "Huyện", "Hoàng", "Su", "Phì");
        double number = words.get(2).left();
        rowAt(words, 0.14, 1, number, "-", "Tỉnh", "Hà", "Giang");
        LabelledFieldsTest.row(words, 0.22, 2, "Nơi", "đăng", "ký", "khai", "sinh:");
        LabelledFieldsTest.row(words, 0.28, 3, "Tỉnh", "Kon", "Tum");
        LabelledFieldsTest.row(words, 0.37, 4, "Ngày,", "tháng,", "năm", "cấp:", "29/02/2025");
        assertThat(text(words, "placeOfResidence")).isEqualTo("179/16 Ngô Quyền, Xã Vĩ Thượng - Huyện Hoàng Su Phì / - Tỉnh Hà Giang");
    }

    private static void rowAt(List<OcrWord> out, double y, int line, double x, String... words) {
        for (String w : words) {
            double width = 0.012 * w.length();
            out.add(new OcrWord(w, 90, x, y, x + width, y + 0.03, line));
            x += width + 0.01;
        }
    }

    @Test
    void aPlacesLastRowUnderItsLabelsEnglishHalfGoesOnAndAPlaceNameIsNoLabelPiece() {
        // "Tỉnh Ninh / Bình" wrapped under "Place of birth registration": "Bình" is one letter from the label's "sinh"
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.23, 0, 0.23, "Nơi", "đăng", "ký", "khai", "sinh", "Xã", "Thượng,", "Thành", "phố", "Ninh", "Bình,", "Tỉnh", "Ninh");
        rowAt(words, 0.27, 1, 0.23, "Place", "of", "birth", "registration");
        rowAt(words, 0.30, 2, 0.20, "m,", "Bình");
        rowAt(words, 0.37, 3, 0.23, "Ngày,", "tháng,", "năm", "cấp", "09/06/2025");
        assertThat(text(words, "placeOfBirth")).startsWith("Xã Thượng, Thành phố Ninh Bình, Tỉnh Ninh / ").endsWith("Bình");
    }

    @Test
    void theQrReadAsAWordBeforeALabelIsNotWhereThePlacesColumnStarts() {
        // the QR at the card's left edge read as one tall word on the residence's row: the place's last row is
        // under the label, past the English half and a speck of the QR
        List<OcrWord> words = new ArrayList<>();
        words.add(new OcrWord("HH)", 42, 0.03, 0.04, 0.20, 0.13, 0));
        rowAt(words, 0.08, 0, 0.22, "Nơi", "cư", "trú:", "Thôn", "Phước", "Lộc,", "Xã", "Kim", "Sơn,", "Thành", "phố", "Thủ", "Đức,");
        rowAt(words, 0.11, 1, 0.22, "Place", "oƒ", "residence");
        words.add(new OcrWord("Lư", 59, 0.09, 0.124, 0.11, 0.14, 2));
        rowAt(words, 0.15, 3, 0.32, "Thành", "phố", "Hồ", "Chí", "Minh");
        assertThat(text(words, "placeOfResidence")).endsWith("Thành phố Hồ Chí Minh").doesNotContain("Lư");
    }

    @Test
    void anAddressNotYetAtItsProvinceGoesOnOnARowUnderItsValueRightOfTheLabelsColumn() {
        // the rows after "…, Tỉnh" and "Xã Mường" start past the label's column, under the value's start
        List<OcrWord> cut = new ArrayList<>();
        rowAt(cut, 0.20, 0, 0.22, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth", "registration:",
                "Xã", "Bình", "Ba,", "Huyện", "Côn", "Đảo,", "Tỉnh");
        rowAt(cut, 0.24, 1, 0.345, "Bà", "Rịa", "-", "Vũng", "Tàu");
        rowAt(cut, 0.31, 2, 0.22, "Ngày,", "tháng,", "năm", "cấp", "/", "Date", "of", "issue:", "22/07/2024");
        assertThat(text(cut, "placeOfBirth")).isEqualTo("Xã Bình Ba, Huyện Côn Đảo, Tỉnh / Bà Rịa - Vũng Tàu");
        List<OcrWord> inside = new ArrayList<>();
        rowAt(inside, 0.10, 0, 0.24, "Nơi", "cư", "trú", "/", "Place", "of", "residence", "Ngõ", "61", "Quang", "Trung,", "Xã", "Mường");
        rowAt(inside, 0.14, 1, 0.365, "Lát,", "Tỉnh", "Thanh", "Hóa");
        rowAt(inside, 0.21, 2, 0.24, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth", "registration");
        assertThat(text(inside, "placeOfResidence")).isEqualTo("Ngõ 61 Quang Trung, Xã Mường / Lát, Tỉnh Thanh Hóa");
    }

    @Test
    void aPlaceBesideAnUpperLabelHalfPastReadingWithoutItsColonStartsAtItsFirstAddressWord() {
        // "Nơi cư trú" read "xơicvti" (Tesseract unsure), "Place of residence" found under it, a QR speck between
        List<OcrWord> words = new ArrayList<>();
        words.add(new OcrWord("xơicvti", 0, 0.26, 0.08, 0.34, 0.11, 0));
        rowAt(words, 0.08, 0, 0.36, "Tổ", "6,", "Thôn", "Mỹ", "Thạnh,", "Xã", "Đồng", "Loan,");
        words.add(new OcrWord("xi", 8, 0.04, 0.11, 0.06, 0.12, 1));
        rowAt(words, 0.12, 2, 0.26, "Place", "oƒresidence");
        rowAt(words, 0.16, 3, 0.36, "Huyện", "Thạch", "An,", "Tỉnh", "Cao", "Bằng");
        rowAt(words, 0.22, 4, 0.26, "Nơi", "đăng", "ký", "khai", "sinh", "Xã", "Kông", "Pla,", "Tỉnh", "Gia", "Lai");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Tổ 6, Thôn Mỹ Thạnh, Xã Đồng Loan, / Huyện Thạch An, Tỉnh Cao Bằng");
    }

    @Test
    void anAddressBesideALostLabelGoesOnUnderTheLabelPastWhatIsLeftOfItsEnglishHalf() {
        // "Nơi cư trú" not read at all, "Place of residence" read "Pl 'esidence": the residence began beside the
        // label and goes on at the label's left edge
        List<OcrWord> words = new ArrayList<>();
        rowAt(words, 0.08, 0, 0.30, "¡", "Thôn", "Mỹ", "Thạnh,", "Thị", "trấn", "Vị", "Xuyên,", "Huyện", "Hoàng", "Su", "Phì,");
        rowAt(words, 0.12, 1, 0.23, "Pl", "'esidence");
        rowAt(words, 0.16, 2, 0.23, "Tỉnh", "Hà", "Giang");
        rowAt(words, 0.23, 3, 0.23, "Nơi", "đăng", "ký", "khai", "sinh");
        rowAt(words, 0.26, 4, 0.23, "Place", "oƒ", "bình", "regisration");
        rowAt(words, 0.30, 5, 0.23, "Tỉnh", "Đắk", "Lắk");
        rowAt(words, 0.37, 6, 0.23, "Ngày,", "tháng,", "năm", "cấp", "17/03/2025");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Thôn Mỹ Thạnh, Thị trấn Vị Xuyên, Huyện Hoàng Su Phì, / Tỉnh Hà Giang");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Tỉnh Đắk Lắk");
    }

    @Test
    void theIssuersLabelNơiCấpIsNoPlaceOfBirthWhereThePlacesLabelsWereLost() {
        // the page kept only scraps of the labels, one address and the issuer's row: "Nơi cấp / Place of issue"
        // prints the issuer, whose row is no place (it was taken for the place of birth's band)
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.19, 0, "ký", "khai", "sinh:");
        LabelledFieldsTest.row(words, 0.25, 1, "Xã", "Nam", "Xang,", "Tỉnh", "Ninh", "Bình");
        LabelledFieldsTest.row(words, 0.51, 2, "Nơi", "cấp", "/", "Place", "of", "issue:", "Bộ", "Công", "an");
        assertThat(text(words, "placeOfBirth")).doesNotContain("Nơi").doesNotContain("cấp");
    }

    @Test
    void theIssuersPrintBesideLostLabelsIsNoPlaceAndAGarbledLabelsInnerCommaNoAddressStart() {
        // every label past reading (a degraded C back): the rows between are the issuer's print at the right
        // ("MElv 2t 79 #+ BÚ M 1ố:" for MINISTRY OF PUBLIC SECURITY) and the two addresses, one after a
        // garbled label with a comma inside a word
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "0086", "6.6.6...", "gen", "ng", "gẽ");
        LabelledFieldsTest.row(words, 0.16, 1, "Thôn", "3,", "Xã", "Mỹ", "Hòa", "Hưng,", "Tính", "An", "Giang");
        LabelledFieldsTest.row(words, 0.30, 2, "sesas,se", "se", "Tĩnh", "Bắc", "Ninh");
        rowAt(words, 0.45, 3, 0.75, "BỘ", "CÔNG", "AN");
        LabelledFieldsTest.row(words, 0.50, 4, "s„..4:01/11/2015");
        rowAt(words, 0.52, 5, 0.68, "MElv", "2t", "79", "#+", "BÚ", "M", "1ố:");
        LabelledFieldsTest.row(words, 0.58, 6, "xơ", "ae", "#0", "3Í", "1/2031");
        LabelledFieldsTest.row(words, 0.70, 7, "TDVNM17198659489791719865948<<");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Thôn 3, Xã Mỹ Hòa Hưng, Tính An Giang");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Tĩnh Bắc Ninh");
    }

    @Test
    void aGarbledLabelFoundLettersOffEndsAtItsColon() {
        // "Place of birth:" read "PIaee ofbil:": found a third of its letters off, the match ran on into "Tỉnh"
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Với", "cứ", "trú", "-", "Place", "öƒ", "Residence:");
        LabelledFieldsTest.row(words, 0.16, 1, "Khóm", "4,", "Xã", "Tư", "Nghĩa,", "Tỉnh", "Quảng", "Ngãi");
        LabelledFieldsTest.row(words, 0.22, 2, "Vơi", "ĐK", "khai", "sinh", "-", "PIaee", "ofbil:", "Tỉnh", "Bắc", "Ninh");
        LabelledFieldsTest.row(words, 0.50, 3, "Ngày,", "tháng,", "năm", "cấp", "-", "Date", "oƒfissuo;", "13/08/2025");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Tỉnh Bắc Ninh");
    }

    /** A place's second row set under the value's first word, not under the label. */
    @Test
    void aPlacesRowUnderItsValueGoesOnAfterAComma() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:", "Tổ", "5,", "Xã",
                "Mỹ", "Thạnh,", "Huyện", "Nam", "Trực,", "Tỉnh", "Nam", "Định");
        LabelledFieldsTest.row(words, 0.17, 1, "Nơi", "đăng", "ký", "khai", "sinh:", "Xã", "Quang", "Chiểu,");
        double valueLeft = words.get(words.size() - 3).left();
        double x = valueLeft;
        for (String w : new String[]{"Tỉnh", "Thanh", "Hóa"}) {
            words.add(new OcrWord(w, 90, x, 0.22, x + 0.012 * w.length(), 0.25, 2));
            x += 0.012 * w.length() + 0.01;
        }
        LabelledFieldsTest.row(words, 0.30, 3, "Ngày,", "tháng,", "năm", "cấp", "/", "Date", "of", "issue:", "13/04/2025");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(String.join(" / ", r.lines().get("placeOfBirth").stream().map(CardTextParser.Line::text).toList()))
                .isEqualTo("Xã Quang Chiểu, / Tỉnh Thanh Hóa");
    }

    @Test
    void anAddressesRowsSetRightUnderItsFirstGoOnWhereItsLabelWasLost() {
        // generator D's 6917 (DejaVu Sans Light): the residence's label past reading, its province centred under its first row
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.rowAt(words, 0.25, 0.10, 0, "Tổ", "28,", "Xã", "Ea", "Wer,", "Huyện", "Buôn", "Đôn,");
        LabelledFieldsTest.rowAt(words, 0.35, 0.15, 1, "Tỉnh", "Đăk", "Lăk");
        LabelledFieldsTest.rowAt(words, 0.25, 0.21, 2, "NƠI", "ĐĂNG", "KÝ", "KHAI", "SINH:");
        LabelledFieldsTest.rowAt(words, 0.25, 0.26, 3, "Xã", "Mỹ", "Tân,", "Huyện", "Hải", "Hậu,");
        LabelledFieldsTest.rowAt(words, 0.25, 0.31, 4, "Tỉnh", "Nam", "Định");
        LabelledFieldsTest.rowAt(words, 0.25, 0.40, 5, "12/06/2025");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Tổ 28, Xã Ea Wer, Huyện Buôn Đôn, / Tỉnh Đăk Lăk");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Xã Mỹ Tân, Huyện Hải Hậu, / Tỉnh Nam Định");
    }

    @Test
    void aRowThatNamesNoUnitRightAboveTheFirstThatDoesIsTheAddressesStartWhenItEndsWithAComma() {
        // generator D's 6901 (DejaVu Sans Light): "Nơi cư trú" past reading, the street and the hamlet on a row of their own
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.rowAt(words, 0.26, 0.16, 0, "18/9", "Võ", "Thị", "Sáu,", "Thôn", "Tân", "Hoà,");
        LabelledFieldsTest.rowAt(words, 0.26, 0.205, 1, "Xã", "Vũ", "Quý,", "Tỉnh", "Hưng", "Yên");
        LabelledFieldsTest.rowAt(words, 0.26, 0.255, 2, "Nơi", "đăng", "ký", "khai", "sinh:", "Xã", "Quài", "Tở,");
        LabelledFieldsTest.rowAt(words, 0.26, 0.33, 3, "Tỉnh", "Điện", "Biên");
        LabelledFieldsTest.rowAt(words, 0.26, 0.39, 4, "Ngày,", "tháng,", "năm", "cấp.", "26/09/2025");
        assertThat(text(words, "placeOfResidence")).isEqualTo("18/9 Võ Thị Sáu, Thôn Tân Hoà, / Xã Vũ Quý, Tỉnh Hưng Yên");
    }

    @Test
    void aLabelsGarbledRemnantEndingWithACommaIsNoAddressesStart() {
        // generator D's 6109 (degraded): the place of birth's label over a province alone
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.rowAt(words, 0.26, 0.11, 0, "THỦ", "‹", "Phạoe", "ý", "sosidece");
        LabelledFieldsTest.rowAt(words, 0.26, 0.15, 1, "17/1", "Nguyễn", "Văn", "Cử,", "Xã", "Tiền", "Phong");
        LabelledFieldsTest.rowAt(words, 0.26, 0.195, 2, "Tính", "Nghệ", "An");
        LabelledFieldsTest.rowAt(words, 0.26, 0.255, 3, "NGX", "ĐÁNG", "KY", "KHÁI", "SiMĐ4", "/", "Phạcg", "ơf", "bự", "togst", "gBor,");
        LabelledFieldsTest.rowAt(words, 0.26, 0.295, 4, "Bến", "Tre");
        LabelledFieldsTest.rowAt(words, 0.26, 0.35, 5, "NGÀY,", "THÁNG.,", "NĂM", "CẤP", "/", "Dme", "ot", "ssưœ", "02/05/2026");
        assertThat(text(words, "placeOfBirth")).isEqualTo("Bến Tre");
    }

    @Test
    void theRowAboveTakenIntoAnAddressLeavesALabelsRemnantUpToItsColonOut() {
        // generator D's 7212 (Liberation Sans): both places' labels garbled past finding
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.rowAt(words, 0.24, 0.08, 0, "xơi", "cư", "raú:", "Khu", "phố", "4,", "Thôn", "Hạ", "Vị,");
        LabelledFieldsTest.rowAt(words, 0.33, 0.125, 1, "Phường", "Kim", "Sơn,");
        LabelledFieldsTest.rowAt(words, 0.33, 0.17, 2, "Thành", "phố", "Hồ", "Chí", "Minh");
        LabelledFieldsTest.rowAt(words, 0.31, 0.26, 3, "KỸ", "KHAI", "SINH:");
        LabelledFieldsTest.rowAt(words, 0.33, 0.29, 4, "lstratior'");
        LabelledFieldsTest.rowAt(words, 0.24, 0.33, 5, "X.", "Phú", "Mỹ,", "T.", "Lào", "Cai");
        LabelledFieldsTest.rowAt(words, 0.24, 0.43, 6, "NGày,", "THÁNG,", "NĂM", "cấp:", "18/06/2026");
        assertThat(text(words, "placeOfResidence")).isEqualTo("Khu phố 4, Thôn Hạ Vị, / Phường Kim Sơn, / Thành phố Hồ Chí Minh");
        assertThat(text(words, "placeOfBirth")).isEqualTo("X. Phú Mỹ, T. Lào Cai");
    }

    @Test
    void aPlaceInAColumnSoNarrowItHoldsAWordARowRunsOnPastTheRowsItsLayoutGives() {
        // generator D's 7219 (DejaVu Serif, narrow): "Xã" / "Phước" / "Lộc" / "-" / "Huyện" / "Chư Păh - Tỉnh Gia Lai", the dash lost
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.rowAt(words, 0.24, 0.073, 0, "Nơi", "cư", "trú:", "Tổ", "4,");
        LabelledFieldsTest.rowAt(words, 0.24, 0.114, 1, "Place", "oƒ", "residence");
        LabelledFieldsTest.rowAt(words, 0.336, 0.146, 2, "Xã");
        LabelledFieldsTest.rowAt(words, 0.336, 0.185, 3, "Phước");
        LabelledFieldsTest.rowAt(words, 0.336, 0.224, 4, "Lộc");
        LabelledFieldsTest.rowAt(words, 0.336, 0.300, 5, "Huyện");
        LabelledFieldsTest.rowAt(words, 0.336, 0.340, 6, "Chư", "Păh", "-", "Tỉnh", "Gia", "Lai");
        LabelledFieldsTest.rowAt(words, 0.24, 0.397, 7, "Nơi", "đăng", "ký", "khai", "sinh:", "X.", "Hạ", "Vị,");
        LabelledFieldsTest.rowAt(words, 0.24, 0.430, 8, "Place", "oƒ", "birth", "registration");
        LabelledFieldsTest.rowAt(words, 0.24, 0.467, 9, "TP.", "Pleiku,", "T.", "Gia", "Lai");
        LabelledFieldsTest.rowAt(words, 0.24, 0.517, 10, "Ngày,", "tháng,", "năm", "cấp:", "11/08/2024");
        LabelledFields.Result r = LabelledFields.find(TextRow.of(words), BACK_2024);
        assertThat(String.join(" / ", r.lines().get("placeOfResidence").stream().map(CardTextParser.Line::text).toList()))
                .isEqualTo("Tổ 4, / Xã / Phước / Lộc / Huyện / Chư Păh - Tỉnh Gia Lai");
        assertThat(CardTextParser.parse(r.lines(), List.of("placeOfResidence"), 0.8, 0).fields())
                .containsEntry("placeOfResidence", "Tổ 4, Xã Phước Lộc - Huyện Chư Păh - Tỉnh Gia Lai");
    }
}

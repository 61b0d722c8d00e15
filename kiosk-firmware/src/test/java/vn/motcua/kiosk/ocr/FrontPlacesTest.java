package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A front's places whose labels were lost are the address-shaped runs of rows under the nationality, in order. */
class FrontPlacesTest {
    private static final CardLayout FRONT_2021 = CardLayouts.builtIn().of(CardModel.CCCD_2021, CardSide.FRONT).orElseThrow();
    private static final CardLayout FRONT_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.FRONT).orElseThrow();

    private static final String[] ORIGIN_LOST = {"Qxè", "qxáx", "/", "Pxaxe", "xf", "xrxgxn:"};
    private static final String[] RESIDENCE_LOST = {"Nxi", "txườnx", "xrú", "/", "Pxaxe", "xf", "xexixenxe:"};

    private static IdCardReading read(List<OcrWord> words, boolean byShape) {
        List<TextRow> rows = TextRow.of(words);
        LabelledFields.Result found = LabelledFields.find(rows, FRONT_2021);
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>(found.lines());
        if (byShape) {
            FrontPlaces.fill(rows, FRONT_2021, byField, found.byLabel());
        }
        return CardTextParser.parse(byField, FRONT_2021.fieldNames(), 0.8, 0);
    }

    /** A 2021 front from the nationality down, each place on two rows; rows above the bands, so no band places them. */
    private static List<OcrWord> front(String[] originLabel, String[] residenceLabel, String[] originFirst) {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.01, 0, "CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM");
        LabelledFieldsTest.row(words, 0.05, 1, "Số", "/", "No.:", "001203012345");
        LabelledFieldsTest.row(words, 0.09, 2, "Họ", "và", "tên", "/", "Full", "name:");
        LabelledFieldsTest.row(words, 0.13, 3, "NGUYỄN", "VĂN", "AN");
        LabelledFieldsTest.row(words, 0.17, 4, "Ngày", "sinh", "/", "Date", "of", "birth:", "15/08/2003");
        LabelledFieldsTest.row(words, 0.21, 5, "Giới", "tính", "/", "Sex:", "Nam");
        LabelledFieldsTest.row(words, 0.25, 6, "Quốc", "tịch", "/", "Nationality:", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 7, originLabel);
        LabelledFieldsTest.row(words, 0.33, 8, originFirst);
        LabelledFieldsTest.row(words, 0.37, 9, "Tỉnh", "Nam", "Định");
        LabelledFieldsTest.row(words, 0.41, 10, residenceLabel);
        LabelledFieldsTest.row(words, 0.45, 11, "Số", "5,", "Xã", "Tiên", "Du,");
        LabelledFieldsTest.row(words, 0.49, 12, "Tỉnh", "Bắc", "Ninh");
        return words;
    }

    private static final String[] ORIGIN_FIRST = {"Xã", "Hải", "Quang,", "Huyện", "Hải", "Hậu,"};

    @Test
    void anOriginWhoseLabelIsLostIsTheAddressRunAboveTheResidence() {
        // the origin's label not read at all; its band gave it what is left of the residence's label
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.25, 0, "Quốc", "tịch", "/", "Nationality:", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 1, "Xã", "Hải", "Quang,", "Huyện", "Hải", "Hậu,");
        LabelledFieldsTest.row(words, 0.33, 2, "Tỉnh", "Nam", "Định");
        LabelledFieldsTest.row(words, 0.37, 3, "NƠI", "THƯO");
        LabelledFieldsTest.row(words, 0.41, 4, "Số", "5,", "Xã", "Tiên", "Du,", "Tỉnh", "Bắc", "Ninh");
        List<TextRow> rows = TextRow.of(words);
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        out.put("placeOfOrigin", List.of(TextRow.line(rows.get(3).words())));
        out.put("placeOfResidence", List.of(TextRow.line(rows.get(4).words())));
        FrontPlaces.fill(rows, FRONT_2021, out, List.of("nationality", "placeOfResidence"));
        IdCardReading r = CardTextParser.parse(out, List.of("placeOfOrigin", "placeOfResidence"), 0.8, 0);
        assertThat(r.fields().get("placeOfOrigin")).isEqualTo("Xã Hải Quang, Huyện Hải Hậu, Tỉnh Nam Định");
        assertThat(r.fields().get("placeOfResidence")).isEqualTo("Số 5, Xã Tiên Du, Tỉnh Bắc Ninh");
    }

    @Test
    void bothPlacesWhoseLabelsAreLostAreTheTwoRunsInTheCardsOrderFromTheirFirstAddressWord() {
        // what is left of the label in front of the origin's first row ("sàn | mace") is no part of it
        List<OcrWord> words = front(ORIGIN_LOST, RESIDENCE_LOST, new String[]{"sàn", "|", "mace", "Xã", "Hải", "Quang,", "Huyện", "Hải", "Hậu,"});
        assertThat(read(words, false).fields().get("placeOfOrigin")).isNotEqualTo("Xã Hải Quang, Huyện Hải Hậu, Tỉnh Nam Định");
        IdCardReading r = read(words, true);
        assertThat(r.fields().get("placeOfOrigin")).isEqualTo("Xã Hải Quang, Huyện Hải Hậu, Tỉnh Nam Định");
        assertThat(r.fields().get("placeOfResidence")).isEqualTo("Số 5, Xã Tiên Du, Tỉnh Bắc Ninh");
    }

    @Test
    void oneRunForTwoLostPlacesIsNotGuessedBetweenThem() {
        // the origin's rows name no unit and end with no province: one run is left for two places
        List<OcrWord> words = front(ORIGIN_LOST, RESIDENCE_LOST, new String[]{"Xqx", "Hxi", "Qxanq"});
        Map<String, String> without = read(words, false).fields();
        IdCardReading r = read(words, true);
        assertThat(r.fields().get("placeOfOrigin")).isEqualTo(without.get("placeOfOrigin"));
        assertThat(r.fields().get("placeOfResidence")).isEqualTo(without.get("placeOfResidence"));
    }

    @Test
    void aPlaceFoundByItsLabelButCutAtTheLabelsEdgeIsItsWholeRow() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.25, 0, "Quốc", "tịch", "/", "Nationality:", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 1, "Xã", "Hải", "Quang,", "Tỉnh", "Nam", "Định");
        LabelledFieldsTest.row(words, 0.33, 2, "Tổ", "15,", "Xã", "Minh", "Lương,", "Tỉnh", "Lào", "Cai");
        List<TextRow> rows = TextRow.of(words);
        List<OcrWord> residenceRow = rows.get(2).words();
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        out.put("placeOfOrigin", List.of(TextRow.line(rows.get(1).words())));
        out.put("placeOfResidence", List.of(TextRow.line(residenceRow.subList(2, residenceRow.size())))); // from "Xã"
        FrontPlaces.fill(rows, FRONT_2021, out, List.of("placeOfOrigin", "placeOfResidence"));
        assertThat(out.get("placeOfResidence").get(0).text()).isEqualTo("Tổ 15, Xã Minh Lương, Tỉnh Lào Cai");
        assertThat(out.get("placeOfOrigin").get(0).text()).isEqualTo("Xã Hải Quang, Tỉnh Nam Định");
    }

    @Test
    void aPlaceBesideItsLabelWhoseEnglishHalfIsUnderItGoesOnUnderThatHalf() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.25, 0, "Quốc", "tịch:", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 1, "Quê", "quán:");
        LabelledFieldsTest.row(words, 0.33, 2, "Place", "of", "origin");
        LabelledFieldsTest.row(words, 0.37, 3, "Xã", "Cộng", "Hòa,", "Huyện", "Tiền", "Hải,", "Tỉnh", "Thái", "Bình");
        LabelledFieldsTest.row(words, 0.41, 4, "Nơi", "thường", "trú:", "Xóm", "Bãi,", "Xã", "Trịnh", "Xá,", "Huyện", "Kim", "Bảng,");
        LabelledFieldsTest.row(words, 0.45, 5, "Place", "of", "residence");
        LabelledFieldsTest.row(words, 0.49, 6, "Tỉnh", "Hà", "Nam");
        List<TextRow> rows = TextRow.of(words);
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        out.put("placeOfOrigin", List.of(TextRow.line(rows.get(3).words())));
        out.put("placeOfResidence", List.of(TextRow.line(rows.get(6).words()))); // the rows under the label's two halves only
        FrontPlaces.fill(rows, FRONT_2021, out, List.of("placeOfOrigin", "placeOfResidence"));
        assertThat(String.join(" ", out.get("placeOfResidence").stream().map(CardTextParser.Line::text).toList()))
                .isEqualTo("Xóm Bãi, Xã Trịnh Xá, Huyện Kim Bảng, Tỉnh Hà Nam");
        assertThat(out.get("placeOfOrigin").get(0).text()).isEqualTo("Xã Cộng Hòa, Huyện Tiền Hải, Tỉnh Thái Bình");
    }

    @Test
    void aPlaceBesideAVietnameseLabelGarbledPastKnowingItGoesOnUnderItsEnglishHalf() {
        // "Nơi thường trú:" read "Nơi THƯỜNG rau:": the words before the address's first word are its label
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.25, 0, "Quốc", "tịch:", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 1, "QUÊ", "QUÁN:");
        LabelledFieldsTest.row(words, 0.33, 2, "Place", "oƒ", "Origin");
        LabelledFieldsTest.row(words, 0.37, 3, "Xã", "Nam", "Phúc", "Thăng,", "Huyện", "Kỳ", "Anh,", "Tỉnh", "Hà", "Tĩnh");
        LabelledFieldsTest.row(words, 0.41, 4, "Nơi", "THƯỜNG", "rau:", "Bản", "Lướt,", "Xã", "Sơn", "Ninh,", "Huyện", "Nghi", "Xuân,");
        LabelledFieldsTest.row(words, 0.45, 5, "Place", "oƒ", "Residence");
        LabelledFieldsTest.row(words, 0.49, 6, "Tỉnh", "Hà", "Tĩnh");
        List<TextRow> rows = TextRow.of(words);
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        out.put("placeOfOrigin", List.of(TextRow.line(rows.get(3).words())));
        out.put("placeOfResidence", List.of(TextRow.line(rows.get(6).words()))); // the row under "Place oƒ Residence"
        FrontPlaces.fill(rows, FRONT_2021, out, List.of("placeOfOrigin", "placeOfResidence"));
        assertThat(String.join(" ", out.get("placeOfResidence").stream().map(CardTextParser.Line::text).toList()))
                .isEqualTo("Bản Lướt, Xã Sơn Ninh, Huyện Nghi Xuân, Tỉnh Hà Tĩnh");
    }

    @Test
    void aMarkGluedToAPlacesFirstWordDoesNotHideIt() {
        // the origin's label read "niữt", its colon glued to the value's first word as "'Phường"
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.25, 0, "Quốc", "tịch", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 1, "niữt", "'Phường", "Phước", "Ninh,", "Huyện", "Hòa", "Vang,");
        LabelledFieldsTest.row(words, 0.33, 2, "Thành", "phố", "Đà", "Nẵng");
        LabelledFieldsTest.row(words, 0.37, 3, "Nơi", "thường", "trú", "Thôn", "2,", "Phường", "Thanh", "Bình,", "Huyện", "Hoàng", "Sa,");
        LabelledFieldsTest.row(words, 0.41, 4, "Thành", "phố", "Đà", "Nẵng");
        List<TextRow> rows = TextRow.of(words);
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        List<OcrWord> residenceRow = rows.get(3).words();
        out.put("placeOfOrigin", List.of());
        out.put("placeOfResidence", List.of(TextRow.line(residenceRow.subList(3, residenceRow.size())), TextRow.line(rows.get(4).words())));
        FrontPlaces.fill(rows, FRONT_2021, out, List.of("nationality", "placeOfResidence"));
        IdCardReading r = CardTextParser.parse(out, List.of("placeOfOrigin", "placeOfResidence"), 0.8, 0);
        assertThat(r.fields().get("placeOfOrigin")).isEqualTo("Phường Phước Ninh, Huyện Hòa Vang, Thành phố Đà Nẵng");
    }

    @Test
    void anAddressWordWithItsCapitalLostStartsARunButALabelsWordWithItsLettersDoesNot() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.25, 0, "Quốc", "tịch:", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 1, "Quê", "quán", "Phường", "Lê", "Bình,", "Quận", "Cái", "Răng,", "Thành", "phố", "Cần", "Thơ");
        LabelledFieldsTest.row(words, 0.33, 2, "xã", "Tiên", "Sơn,", "Huyện", "Thanh", "Liêm,", "Tỉnh", "Hà", "Nam");
        List<TextRow> rows = TextRow.of(words);
        List<OcrWord> originRow = rows.get(1).words();
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        out.put("placeOfOrigin", List.of(TextRow.line(originRow.subList(2, originRow.size())))); // past "Quê quán"
        FrontPlaces.fill(rows, FRONT_2021, out, List.of("placeOfOrigin"));
        // "quán" has the letters of "quận", not its marks: the origin is not lengthened by the label's word
        assertThat(out.get("placeOfOrigin").get(0).text()).startsWith("Phường Lê Bình");
        assertThat(out.get("placeOfResidence").get(0).text()).isEqualTo("xã Tiên Sơn, Huyện Thanh Liêm, Tỉnh Hà Nam");
    }

    @Test
    void aPlacesLabelEndsAnAddressItsProvinceDidNot() {
        // the origin's province garbled, its row's box stretched over the residence's label row
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.25, 0, "Quốc", "tịch:", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 1, "Phường", "Thạch", "Thang,", "Quận", "Sơn", "Trà,", "Thành", "phố", "Xqzw");
        LabelledFieldsTest.row(words, 0.315, 2, "Nơi", "thường", "trú", "/", "Place", "of", "residence:", "Ấp", "Mỹ", "Hòa,", "Xã", "Nhơn", "Ái");
        LabelledFieldsTest.row(words, 0.36, 3, "Quận", "Ninh", "Kiều,", "Thành", "phố", "Cần", "Thơ");
        List<TextRow> rows = TextRow.of(words);
        List<OcrWord> labelRow = rows.get(2).words();
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        out.put("placeOfOrigin", List.of(TextRow.line(rows.get(1).words())));
        out.put("placeOfResidence", List.of(TextRow.line(labelRow.subList(7, labelRow.size())), TextRow.line(rows.get(3).words())));
        FrontPlaces.fill(rows, FRONT_2021, out, List.of("placeOfOrigin", "placeOfResidence"));
        assertThat(out.get("placeOfResidence").get(0).text()).isEqualTo("Ấp Mỹ Hòa, Xã Nhơn Ái");
    }

    @Test
    void aLabelInCapitalsIsNoAddressWord() {
        // the 2016 front prints its labels in capitals: "QUAN" of "QUÊ QUÁN" has the letters of "Quận"
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.25, 0, "QUỐC", "TỊCH:", "Việt", "Nam");
        LabelledFieldsTest.row(words, 0.29, 1, "QUÊ", "QUAN", "Xã", "Quyết", "Thắng,", "Huyện", "Đại", "Từ,", "Tỉnh", "Thái", "Nguyên");
        List<TextRow> rows = TextRow.of(words);
        List<OcrWord> originRow = rows.get(1).words();
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        out.put("placeOfOrigin", List.of(TextRow.line(originRow.subList(2, originRow.size()))));
        FrontPlaces.fill(rows, FRONT_2021, out, List.of("placeOfOrigin"));
        assertThat(out.get("placeOfOrigin").get(0).text()).isEqualTo("Xã Quyết Thắng, Huyện Đại Từ, Tỉnh Thái Nguyên");
    }

    @Test
    void aFrontWithoutPlacesIsLeftAlone() {
        List<OcrWord> words = front(ORIGIN_LOST, RESIDENCE_LOST, ORIGIN_FIRST);
        List<TextRow> rows = TextRow.of(words);
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        FrontPlaces.fill(rows, FRONT_2024, out, List.of());
        assertThat(out).isEmpty();
    }

    @Test
    void aColonEndsAGarbledLabelWhenAnAddressFollowsIt() {
        assertThat(PlaceRows.dropLabel("ý Phace of messdence: Xóm 3, Phường An Hải Bắc")).isEqualTo(" Xóm 3, Phường An Hải Bắc");
        // no address after the colon: the text is left to the other rules
        assertThat(PlaceRows.dropLabel("ý Phace of messdence: 3 Xóm")).isEqualTo("ý Phace of messdence: 3 Xóm");
    }
}

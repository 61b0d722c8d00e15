package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A back's dates whose labels were lost are placed by their format and the order the card prints them in. */
class BackDatesTest {
    private static final CardLayout BACK_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();

    private static IdCardReading read(List<OcrWord> words) {
        List<TextRow> rows = TextRow.of(words);
        LabelledFields.Result found = LabelledFields.find(rows, BACK_2024);
        return CardTextParser.parse(BackDates.fill(rows, BACK_2024, found.lines()), BACK_2024.fieldNames(), 0.8, 0);
    }

    /** Rows far from the layout's bands (0.05–0.40), so a band could not place the dates either. */
    private static List<OcrWord> back(String issueLabel, String expiryLabel) {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.05, 0, "Nơi", "cư", "trú", "/", "Place", "of", "residence:");
        LabelledFieldsTest.row(words, 0.09, 1, "Số", "5,", "Xã", "Tiên", "Du,", "Tỉnh", "Bắc", "Ninh");
        LabelledFieldsTest.row(words, 0.14, 2, "Nơi", "đăng", "ký", "khai", "sinh", "/", "Place", "of", "birth:");
        LabelledFieldsTest.row(words, 0.18, 3, "Xã", "Hải", "Quang,", "Huyện", "Hải", "Hậu,", "Tỉnh", "Nam", "Định");
        LabelledFieldsTest.row(words, 0.23, 4, issueLabel, "04/01/2026");
        LabelledFieldsTest.row(words, 0.27, 5, expiryLabel, "21/01/2029");
        LabelledFieldsTest.row(words, 0.36, 6, "IDVNM069366428403606936642890<<");
        return words;
    }

    @Test
    void bothDateLabelsLostTheDatesGoInTheCardsOrder() {
        IdCardReading r = read(back("Mày,xhông", "Nqàx,sxery"));
        assertThat(r.fields().get("issueDate")).isEqualTo("2026-01-04");
        assertThat(r.fields().get("expiryDate")).isEqualTo("2029-01-21");
    }

    @Test
    void aDateWhoseSlashesWereReadAsCapitalITakesItsPlaceInTheOrder() {
        // generator D's 9010: both labels lost in a pale ink, the dates read "08/04I2025" and "28I05I2046"
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.09, 1, "Số", "5,", "Xã", "Tiên", "Du,", "Tỉnh", "Bắc", "Ninh");
        LabelledFieldsTest.row(words, 0.18, 3, "Xã", "Hải", "Quang,", "Huyện", "Hải", "Hậu,", "Tỉnh", "Nam", "Định");
        LabelledFieldsTest.row(words, 0.23, 4, "08/04I2025");
        LabelledFieldsTest.row(words, 0.27, 5, "28I05I2046");
        IdCardReading r = read(words);
        assertThat(r.fields().get("issueDate")).isEqualTo("2025-04-08");
        assertThat(r.fields().get("expiryDate")).isEqualTo("2046-05-28");
    }

    @Test
    void oneLabelFoundTheOtherDateIsTheRowOnItsSide() {
        // the expiry's label is read; the issue date is the one date row above it
        IdCardReading r = read(back("Mày,xhông", "Date of expiry:"));
        assertThat(r.fields().get("issueDate")).isEqualTo("2026-01-04");
        assertThat(r.fields().get("expiryDate")).isEqualTo("2029-01-21");
    }

    @Test
    void moreDateRowsThanTheOrderCanPlaceAreNotGuessed() {
        List<OcrWord> words = back("Mày,xhông", "Nqàx,sxery");
        LabelledFieldsTest.row(words, 0.31, 7, "12/12/2012");
        IdCardReading r = read(words);
        assertThat(r.fields().get("issueDate")).isNull();
        assertThat(r.fields().get("expiryDate")).isNull();
    }

    @Test
    void the2016BacksIssueDateWrittenOutIsReadBesideItsLabelOrAlone() {
        CardLayout back2016 = CardLayouts.builtIn().of(CardModel.CCCD_2016, CardSide.BACK).orElseThrow();
        for (String[] date : List.of(new String[]{"Ngày", "5", "tháng", "3", "năm", "2018"},
                new String[]{"Ngảy", "O5", "thảng", "03", "nărn", "2018"}, new String[]{"Ngày,", "tháng,", "năm:", "05/03/2018"})) {
            List<OcrWord> words = new ArrayList<>();
            LabelledFieldsTest.row(words, 0.08, 0, "Đặc", "điểm", "nhận", "dạng:", "Nốt", "ruồi", "C:1cm", "dưới", "cằm");
            LabelledFieldsTest.row(words, 0.55, 1, date);
            LabelledFieldsTest.row(words, 0.62, 2, "CỤC", "TRƯỞNG", "CỤC", "CẢNH", "SÁT");
            LabelledFieldsTest.row(words, 0.66, 3, "ĐKQL", "CƯ", "TRÚ", "VÀ", "DLQG", "VỀ", "DÂN", "CƯ");
            List<TextRow> rows = TextRow.of(words);
            LabelledFields.Result found = LabelledFields.find(rows, back2016);
            IdCardReading r = CardTextParser.parse(BackDates.fill(rows, back2016, found.lines()), back2016.fieldNames(), 0.8, 0);
            assertThat(r.fields().get("issueDate")).as(String.join(" ", date)).isEqualTo("2018-03-05");
        }
    }

    @Test
    void aBackWhoseMarkersAreAllLostIsToldByItsMrzAndItsDates() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.05, 0, "Xi", "cử", "truc", "đòn");
        LabelledFieldsTest.row(words, 0.23, 4, "Ng§y,", "má", "cáp", "13/04/2023");
        LabelledFieldsTest.row(words, 0.27, 5, "Ngày,", "bết", "bạn", "07/12/2033");
        LabelledFieldsTest.row(words, 0.36, 6, "JDVNH30889946630483088994663<<");
        LabelledFieldsTest.row(words, 0.41, 7, "0812076F3312072VNM<<<<<<<<<<<4");
        List<TextRow> rows = TextRow.of(words);
        List<CardLayout> all = CardLayouts.builtIn().all();
        assertThat(ModelDetector.detect(rows, all, () -> false)).isNull();
        assertThat(ModelDetector.backByMrz(rows, all, () -> false)).isEqualTo(BACK_2024);
        // one date above the MRZ: the 2021 back
        words.removeIf(w -> w.text().equals("07/12/2033"));
        CardLayout back2021 = ModelDetector.backByMrz(TextRow.of(words), all, () -> false);
        assertThat(back2021.model()).isEqualTo(CardModel.CCCD_2021);
        assertThat(back2021.side()).isEqualTo(CardSide.BACK);
        // no MRZ: nothing is guessed
        words.removeIf(w -> w.text().contains("<<"));
        assertThat(ModelDetector.backByMrz(TextRow.of(words), all, () -> false)).isNull();
    }

    /**
     * Generator C's varied back: the dates printed higher than the layout's bands, the expiry's row in the issue
     * date's band and stretched up by the blur over the issue's row. Placed by their order, not by the bands.
     */
    @Test
    void datesWhoseLabelsWereLostAreTheDateRowsInOrderNotWhatTheBandsHold() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.08, 0, "No", "sẽ", "Pocc", "c", "Khóm", "4,", "Xã", "Thạnh", "Bình,", "Huyện", "Kiên", "Hải,");
        LabelledFieldsTest.row(words, 0.14, 1, "Tỉnh", "Kiên", "Giang");
        LabelledFieldsTest.row(words, 0.19, 2, "Xóa", "đụng", "ký", "Vui", "daê", "Xã", "Hoành", "Sơn,");
        LabelledFieldsTest.row(words, 0.24, 3, "Huyện", "Kim", "Thành,", "Tỉnh", "Hải", "Dương");
        LabelledFieldsTest.row(words, 0.485, 4, "Ngày", "cức!", "Dục", "bo:", "27/08/2024");
        words.add(new OcrWord("Ngày", 90, 0.05, 0.535, 0.10, 0.595, 5));
        words.add(new OcrWord("thương,", 90, 0.11, 0.535, 0.19, 0.595, 5));
        words.add(new OcrWord("sdmm", 90, 0.20, 0.535, 0.25, 0.595, 5));
        words.add(new OcrWord("07/08/2046", 90, 0.26, 0.535, 0.38, 0.595, 5));
        LabelledFieldsTest.row(words, 0.73, 6, "IDVNM08621031900300862103193<<");
        List<TextRow> rows = TextRow.of(words);
        LabelledFields.Result found = LabelledFields.find(rows, BACK_2024);
        IdCardReading byBands = CardTextParser.parse(BackDates.fill(rows, BACK_2024, found.lines()), BACK_2024.fieldNames(), 0.8, 0);
        assertThat(byBands.fields().get("issueDate")).as("the bands alone").isEqualTo("2046-08-07");
        IdCardReading r = CardTextParser.parse(DateOrder.fill(rows, BACK_2024, found), BACK_2024.fieldNames(), 0.8, 0);
        assertThat(r.fields().get("issueDate")).isEqualTo("2024-08-27");
        assertThat(r.fields().get("expiryDate")).isEqualTo("2046-08-07");
    }

    @Test
    void aDateRowStretchedUpOverTheDateAboveItIsBelowIt() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.485, 0, "Ngày", "cức!", "Dục", "bo:", "27/08/2024");
        words.add(new OcrWord("Ngàv", 90, 0.05, 0.505, 0.10, 0.595, 1));
        words.add(new OcrWord("07/08/2046", 90, 0.26, 0.505, 0.38, 0.595, 1));
        List<TextRow> rows = TextRow.of(words);
        java.util.Map<String, List<CardTextParser.Line>> byField = new java.util.LinkedHashMap<>();
        byField.put("issueDate", List.of());
        byField.put("expiryDate", List.of());
        assertThat(BackDates.fill(rows, BACK_2024, byField).get("expiryDate")).extracting(CardTextParser.Line::text)
                .containsExactly("07/08/2046");
    }
}

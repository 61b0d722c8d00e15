package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A back whose issue and expiry read as one day, no MRZ holding: the day keeps the field it can be. */
class OneDateForBothTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate FIRST_ISSUE = LocalDate.of(2024, 7, 1);
    private static final double THRESHOLD = 0.8;

    private static List<TextRow> rows(String... texts) {
        List<OcrWord> words = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            words.add(new OcrWord(texts[i], 90, 0.05, 0.1 + i * 0.08, 0.6, 0.15 + i * 0.08, i));
        }
        return TextRow.of(words);
    }

    private static IdCardReading reading(String issue, String expiry) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("issueDate", issue);
        f.put("expiryDate", expiry);
        return new IdCardReading(f, new LinkedHashMap<>(Map.of("issueDate", 0.95, "expiryDate", 0.95)), List.of(), 0);
    }

    private static IdCardReading mend(IdCardReading r, List<TextRow> rows, List<TextRow> unread) {
        return OneDateForBoth.mend(r, rows, TODAY, FIRST_ISSUE, () -> unread, THRESHOLD);
    }

    @Test
    void aPastDayIsTheIssueDateAndTheExpiryIsTheOneLaterDatePrinted() {
        IdCardReading r = mend(reading("2025-02-06", "2025-02-06"), rows("Ngày, tháng, năm cấp: 06/02/2025",
                "Mgàx thong nim hét hon", "29/05/2029", "IDVNM30470771470603047077145<<"), List.of());
        assertThat(r.fields()).containsEntry("issueDate", "2025-02-06").containsEntry("expiryDate", "2029-05-29");
        assertThat(r.confidence().get("expiryDate")).isEqualTo(OneDateForBoth.BY_ELIMINATION);
        assertThat(r.toCheck()).containsExactly("expiryDate");
    }

    @Test
    void aDayAfterTodayIsTheExpiryAndTheIssueDateIsTheEarlierDateACardOfTheModelCanHave() {
        // 12/03/2021 is before the first Căn cước: no issue date of this card
        IdCardReading r = mend(reading("2039-05-29", "2039-05-29"), rows("12/03/2021", "06/02/2025", "29/05/2039"), List.of());
        assertThat(r.fields()).containsEntry("issueDate", "2025-02-06").containsEntry("expiryDate", "2039-05-29");
        assertThat(r.toCheck()).containsExactly("issueDate");
    }

    @Test
    void withNoOtherDateOnThePageTheUnreadBandsAreLookedAt() {
        IdCardReading r = mend(reading("2025-02-06", "2025-02-06"), rows("06/02/2025"), rows("Date of expiry 29/05/2029"));
        assertThat(r.fields()).containsEntry("expiryDate", "2029-05-29");
    }

    @Test
    void noneOrTwoDatesTheFieldIsLeftEmptyNotShownWithTheOtherFieldsDay() {
        for (List<TextRow> rows : List.of(rows("06/02/2025"), rows("06/02/2025", "29/05/2029", "29/05/2034"))) {
            IdCardReading r = mend(reading("2025-02-06", "2025-02-06"), rows, List.of());
            assertThat(r.fields()).containsEntry("issueDate", "2025-02-06").containsEntry("expiryDate", null);
            assertThat(r.toCheck()).containsExactly("expiryDate");
        }
    }

    @Test
    void twoDifferentDaysOrOneMissingAreLeftAsRead() {
        for (IdCardReading before : List.of(reading("2025-02-06", "2029-05-29"), reading(null, "2029-05-29"),
                reading("2025-02-06", "Không thời hạn"))) {
            assertThat(mend(before, rows("06/02/2025", "12/12/2030"), List.of())).isSameAs(before);
        }
    }

    @Test
    void aCardReadWithOneDayForBothShowsNoExpiryRatherThanItsIssueDate() {
        // a back with no MRZ left to read whose expiry row carries the issue date's day: the reading must not offer it
        BufferedImage card = DrawnCard.back2024("Thôn Mỹ Thạnh, Xã Mường Đăng,", "Huyện Tủa Chùa, Tỉnh Điện Biên",
                "Tỉnh Cà Mau", "06/02/2025", "06/02/2025");
        IdCardReading r = new IdCardOcr().read(card);
        assertThat(r.model()).isEqualTo(CardModel.CAN_CUOC_2024);
        assertThat(r.fields()).containsEntry("issueDate", "2025-02-06").containsEntry("expiryDate", null);
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MrzBackDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate BIRTH = LocalDate.of(1971, 11, 3);
    private static final LocalDate EXPIRY = LocalDate.of(2031, 11, 3);

    private static List<TextRow> rows(String... texts) {
        List<OcrWord> words = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            words.add(new OcrWord(texts[i], 90, 0.05, 0.1 + i * 0.08, 0.6, 0.15 + i * 0.08, i));
        }
        return TextRow.of(words);
    }

    private static Map<String, String> fields(String issue, String expiry) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("placeOfResidence", "Thôn 2, Xã Mỹ Hòa Hưng, Tỉnh An Giang");
        f.put("issueDate", issue);
        f.put("expiryDate", expiry);
        return f;
    }

    @Test
    void anExpiryGivenTheIssueDatesRowIsTheMrzsAndTheIssueDateIsTheRowThatFits() {
        // the issue label lost: the expiry took the issue date's row, the expiry's own row read as no date
        List<TextRow> rows = rows("xa»a03/11/2025", "Đôn GoyÊ Sa 2 2,",
                "IDVNM17198659480791719865948<<", "7111033F3111035VNM<<<<<<<<<<<4");
        Map<String, String> f = fields(null, "2025-11-03");
        Map<String, Double> c = new HashMap<>(Map.of("expiryDate", 0.9));
        MrzBackDates.fill(rows, f, c, BIRTH, EXPIRY, TODAY);
        assertThat(f).containsEntry("expiryDate", "2031-11-03").containsEntry("issueDate", "2025-11-03");
    }

    @Test
    void anIssueDateWhoseSeparatorWasReadAsAGapIsTheRowThatFits() {
        // the issue label C's card varies ("Ngày cấp") not found and "05.11.2025" read "05 11.2025": no date's
        // shape for the page, but its digits split one way only and fit the MRZ
        List<TextRow> rows = rows("Ngày cấp / Dafe öƒ issue 05 11.2025", "Có giá trị đến /Date øƒ expry (3 112031",
                "IDVNM17198659480791719865948<<", "7111033F3111035VNM<<<<<<<<<<<4");
        Map<String, String> f = fields(null, "2031-11-03");
        MrzBackDates.fill(rows, f, new HashMap<>(), BIRTH, EXPIRY, TODAY);
        assertThat(f).containsEntry("issueDate", "2025-11-05");
        // two digits run on ("105 11.2025") split no way the card prints, and eight digits in a run with no
        // separator left ("05112025") are no date's row: nothing is guessed
        for (String row : List.of("Ngày cấp 105 11 2025x", "Xu tông shớ dể Mu se 05112025")) {
            Map<String, String> none = fields(null, "2031-11-03");
            MrzBackDates.fill(rows(row), none, new HashMap<>(), BIRTH, EXPIRY, TODAY);
            assertThat(none).containsEntry("issueDate", null);
        }
    }

    @Test
    void anIssueDateIsNeverBeforeTheLawNorOneOfTwoThatFit() {
        Map<String, String> f = fields(null, null);
        // 2015: the chip card's time, not a Căn cước's; the expiry is the MRZ's still
        MrzBackDates.fill(rows("s„..4:01/11/2015", "xơ ae #0 3Í 1/2031"), f, new HashMap<>(), BIRTH, EXPIRY, TODAY);
        assertThat(f).containsEntry("issueDate", null).containsEntry("expiryDate", "2031-11-03");
        Map<String, String> two = fields(null, null);
        MrzBackDates.fill(rows("03/11/2025", "04/12/2025"), two, new HashMap<>(), BIRTH, EXPIRY, TODAY);
        assertThat(two).containsEntry("issueDate", null);
    }

    @Test
    void aDateThatFitsIsKeptAndNothingChangesWithoutAValidMrz() {
        Map<String, String> kept = fields("2025-11-04", "2031-11-03");
        MrzBackDates.fill(rows("03/11/2025", "03/11/2031"), kept, new HashMap<>(), BIRTH, EXPIRY, TODAY);
        assertThat(kept).containsEntry("issueDate", "2025-11-04");
        Map<String, String> none = fields(null, "2025-11-03");
        MrzBackDates.fill(rows("03/11/2025"), none, new HashMap<>(), null, null, TODAY);
        assertThat(none).containsEntry("issueDate", null).containsEntry("expiryDate", "2025-11-03");
    }

    @Test
    void theBandsThePageLeftUnreadAreLookedAtOnlyWhenNoRowsDateFits() {
        // the issue date's row dropped by the page (printed over the emblem's rim): the band's rows give it
        List<TextRow> page = rows("Place of birth registration", "Ngày, tháng, năm hết hạn 03/11/2031",
                "IDVNM17198659480791719865948<<", "7111033F3111035VNM<<<<<<<<<<<4");
        Map<String, String> f = fields(null, "2031-11-03");
        MrzBackDates.fill(page, f, new HashMap<>(), BIRTH, EXPIRY, false, TODAY, () -> rows("Date of issue", "05/11/2025"));
        assertThat(f).containsEntry("issueDate", "2025-11-05");
        // a row on the page fits: the bands are not read (and would not be taken)
        Map<String, String> read = fields(null, "2031-11-03");
        MrzBackDates.fill(rows("03/11/2025", "03/11/2031"), read, new HashMap<>(), BIRTH, EXPIRY, false, TODAY, () -> {
            throw new AssertionError("bands read though a row's date fits");
        });
        assertThat(read).containsEntry("issueDate", "2025-11-03");
    }

    @Test
    void aCardThatNeverExpiresHasNoExpiryDateAndAnIssueDateAtFiftyEightOrLater() {
        LocalDate birth = LocalDate.of(1958, 3, 12);
        // the expiry's row read as a date (the issue date's, its label lost); the issue row garbled past reading
        List<TextRow> rows = rows("Ngày cấp 0B/0S/2O25", "12/03/2016", "12/08/2025",
                "IDVNM05801234560010580123457<<", "5803125F<<<<<<0VNM<<<<<<<<<<<2");
        Map<String, String> f = fields(null, "2025-08-12");
        Map<String, Double> c = new HashMap<>();
        MrzBackDates.fill(rows, f, c, birth, null, true, TODAY, List::of);
        assertThat(f).containsEntry("expiryDate", "Không thời hạn");
        assertThat(c).containsEntry("expiryDate", MrzBackDates.FROM_MRZ);
        // 12/03/2016 is before the first Căn cước; 12/08/2025 is the one date after the holder's 58th birthday that fits
        assertThat(f).containsEntry("issueDate", "2025-08-12");

        // a card read "Không thời hạn" stays so; an MRZ of a card with an expiry puts its date there
        Map<String, String> never = fields("2025-08-12", "Không thời hạn");
        MrzBackDates.fill(rows, never, new HashMap<>(), birth, null, true, TODAY, List::of);
        assertThat(never).containsEntry("expiryDate", "Không thời hạn").containsEntry("issueDate", "2025-08-12");
        Map<String, String> dated = fields("2025-11-03", "Không thời hạn");
        MrzBackDates.fill(rows("03/11/2025"), dated, new HashMap<>(), BIRTH, EXPIRY, TODAY);
        assertThat(dated).containsEntry("expiryDate", "2031-11-03");
    }

    @Test
    void anIssueDateBeforeFiftyEightIsNoneOfACardThatNeverExpires() {
        LocalDate birth = LocalDate.of(1968, 3, 12);
        // 57 on 12/08/2025: such a card expires at 60, so no date on it fits a card with fillers for its expiry
        Map<String, String> f = fields(null, "Không thời hạn");
        MrzBackDates.fill(rows("12/08/2025"), f, new HashMap<>(), birth, null, true, TODAY, List::of);
        assertThat(f.get("issueDate")).isNull();
        assertThat(DateAgreement.issueAgreesNeverExpiring(LocalDate.of(2026, 3, 12), birth, TODAY)).isTrue();
        assertThat(DateAgreement.issueAgreesNeverExpiring(LocalDate.of(2026, 3, 11), birth, TODAY)).isFalse();
    }

    @Test
    void anExpiryReadAsTheMrzHasItIsVouchedForHoweverFaintItsRow() {
        // generator D's 9100: the expiry under its label alone on a row the page read with no confidence
        Map<String, String> f = fields("2025-11-03", "2031-11-03");
        Map<String, Double> c = new HashMap<>(Map.of("issueDate", 0.9, "expiryDate", 0.0));
        MrzBackDates.fill(rows("03/11/2025", "03/11/2031"), f, c, BIRTH, EXPIRY, TODAY);
        assertThat(f.get("expiryDate")).isEqualTo("2031-11-03");
        assertThat(c.get("expiryDate")).isEqualTo(MrzBackDates.FROM_MRZ);
    }
}

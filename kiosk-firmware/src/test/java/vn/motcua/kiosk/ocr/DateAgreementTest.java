package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A card's dates against the number, the printed expiry and the MRZ: mended where one look-alike digit is
 * vouched for twice, flagged where not, never guessed between two mendings.
 */
class DateAgreementTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** Hà Nội (001), a man born in the 1900s (0), in 1994. */
    private static final String NUMBER_1994 = "001094012345";

    private static DateAgreement.Witnesses w(String number, String expiry, String mrz) {
        return new DateAgreement.Witnesses(number, expiry == null ? null : LocalDate.parse(expiry),
                mrz == null ? null : LocalDate.parse(mrz));
    }

    @Test
    void theExpiryIsTheBirthdayAtAMilestone() {
        LocalDate birth = LocalDate.of(1994, 4, 6);
        assertThat(DateAgreement.birthAgrees(birth, w(NUMBER_1994, "2034-04-06", null), TODAY)).isTrue();
        assertThat(DateAgreement.birthAgrees(birth, w(NUMBER_1994, "2034-04-07", null), TODAY)).isFalse();
        // 35 years on is no milestone
        assertThat(DateAgreement.birthAgrees(birth, w(null, "2029-04-06", null), TODAY)).isFalse();
        // the number's year digits say 1994
        assertThat(DateAgreement.birthAgrees(LocalDate.of(1991, 4, 6), w(NUMBER_1994, null, null), TODAY)).isFalse();
    }

    @Test
    void aYearDigitReadAsItsLookAlikeIsMendedWhenTheNumberAndTheExpiryBothVouchForIt() {
        // 1994 read 1991 (4 as 1); the number says '94 and the expiry 2034 is the 40th birthday of a 1994 birth
        assertThat(DateAgreement.mendBirth(LocalDate.of(1991, 4, 6), w(NUMBER_1994, "2034-04-06", null), TODAY))
                .contains(LocalDate.of(1994, 4, 6));
    }

    @Test
    void oneWitnessAloneMendsNothing() {
        // the number alone: it may be the misread one
        assertThat(DateAgreement.mendBirth(LocalDate.of(1991, 4, 6), w(NUMBER_1994, null, null), TODAY)).isEmpty();
        // the day against the expiry alone: either may be misread
        assertThat(DateAgreement.mendBirth(LocalDate.of(1994, 4, 1), w(NUMBER_1994, "2034-04-04", null), TODAY)).isEmpty();
    }

    @Test
    void theMrzVouchesForEveryDigit() {
        assertThat(DateAgreement.mendBirth(LocalDate.of(1994, 4, 1), w(null, null, "1994-04-04"), TODAY))
                .contains(LocalDate.of(1994, 4, 4));
    }

    @Test
    void twoMendingsThatFitAreNotGuessedBetween() {
        // the year's last 0 could be a 6 or an 8: with both fitting, neither is taken
        LocalDate read = LocalDate.of(2000, 1, 16);
        assertThat(DateAgreement.mendOne(read, d -> d.getYear() == 2006 || d.getYear() == 2008)).isEmpty();
        assertThat(DateAgreement.mendOne(read, d -> d.getYear() == 2006)).contains(LocalDate.of(2006, 1, 16));
    }

    @Test
    void aSecondReadingCountsWhenItAgreesWithMoreWitnessesAndLosesNone() {
        // two digits misread (06/04/1994 as 06/01/1991): no one-digit mend, but the row read again agrees with
        // the number; the expiry read beside it (another date entirely) agrees with neither reading
        DateAgreement.Witnesses w = w(NUMBER_1994, "2057-09-25", null);
        assertThat(DateAgreement.secondBirthBetter(LocalDate.of(1991, 1, 6), LocalDate.of(1994, 4, 6), w, TODAY)).isTrue();
        // a second reading that gives up the number's agreement for the expiry's is not taken
        DateAgreement.Witnesses w2 = w(NUMBER_1994, "2031-04-06", null);
        assertThat(DateAgreement.secondBirthBetter(LocalDate.of(1994, 4, 6), LocalDate.of(1991, 4, 6), w2, TODAY)).isFalse();
        // nor one that agrees with nothing more
        assertThat(DateAgreement.secondBirthBetter(LocalDate.of(1991, 1, 6), LocalDate.of(1991, 4, 6), w, TODAY)).isFalse();
        // where the first was no date at all, any real date
        assertThat(DateAgreement.secondBirthBetter(null, LocalDate.of(1991, 4, 6), w, TODAY)).isTrue();
    }

    @Test
    void anIssueDateFitsTheMilestoneRule() {
        LocalDate birth = LocalDate.of(1994, 4, 6);
        LocalDate expiry = LocalDate.of(2034, 4, 6);
        assertThat(DateAgreement.issueAgrees(LocalDate.of(2021, 5, 14), birth, expiry, TODAY)).isTrue();
        // issued at 18: the card would run to 25, not 40
        assertThat(DateAgreement.issueAgrees(LocalDate.of(2012, 5, 14), birth, expiry, TODAY)).isFalse();
        assertThat(DateAgreement.issueAgrees(LocalDate.of(2027, 5, 14), birth, null, TODAY)).isFalse();
        assertThat(DateAgreement.issueAgrees(LocalDate.of(1993, 5, 14), birth, null, TODAY)).isFalse();
        // 2021 read 2027 (1 as 7): after today; the one look-alike that fits is 2021
        assertThat(DateAgreement.mendOne(LocalDate.of(2027, 5, 14),
                d -> DateAgreement.issueAgrees(d, birth, expiry, TODAY))).contains(LocalDate.of(2021, 5, 14));
    }

    @Test
    void anExpiryAgreesWithTheMrzAndTheBirth() {
        LocalDate birth = LocalDate.of(2006, 10, 28);
        assertThat(DateAgreement.expiryAgrees(LocalDate.of(2031, 10, 28), birth, LocalDate.of(2031, 10, 28))).isTrue();
        assertThat(DateAgreement.expiryAgrees(LocalDate.of(2034, 10, 28), birth, LocalDate.of(2031, 10, 28))).isFalse();
        assertThat(DateAgreement.mendOne(LocalDate.of(2034, 10, 28),
                d -> DateAgreement.expiryAgrees(d, birth, LocalDate.of(2031, 10, 28)))).contains(LocalDate.of(2031, 10, 28));
    }

    @Test
    void aSecondLookWithASlashLostOrDoubledStillGivesTheDate() {
        assertThat(DateCheck.secondLookDate("1805/1989", "dateOfBirth")).isEqualTo("1989-05-18");
        assertThat(DateCheck.secondLookDate("06041994", "dateOfBirth")).isEqualTo("1994-04-06");
        assertThat(DateCheck.secondLookDate("26/02/1986", "dateOfBirth")).isEqualTo("1986-02-26");
        assertThat(DateCheck.secondLookDate("2602/198", "dateOfBirth")).isNull();
    }

    private static IdCardReading front(String birth) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", NUMBER_1994);
        fields.put("dateOfBirth", birth);
        return new IdCardReading(fields, new LinkedHashMap<>(Map.of("number", 0.95, "dateOfBirth", 0.95)), List.of(), 0);
    }

    @Test
    void aFrontsBirthDateIsMendedOrFlaggedAgainstItsNumberAndPrintedExpiry() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.80, 0, "Có", "giá", "trị", "đến:", "06/04/2034");
        DateCheck check = new DateCheck(IdCardOcr.tessdata());
        BufferedImage card = new BufferedImage(600, 380, BufferedImage.TYPE_BYTE_GRAY);
        // no row of its own to read again: the year mended, vouched for by the number and the expiry
        IdCardReading mended = check.check(card, TextRow.of(words), Map.of(), front("1991-04-06"), null, 0.8, TODAY, null);
        assertThat(mended.fields().get("dateOfBirth")).isEqualTo("1994-04-06");
        assertThat(mended.toCheck()).doesNotContain("dateOfBirth");
        // the day against the expiry alone: kept as read, shown to the citizen to check
        IdCardReading flagged = check.check(card, TextRow.of(words), Map.of(), front("1994-04-01"), null, 0.8, TODAY, null);
        assertThat(flagged.fields().get("dateOfBirth")).isEqualTo("1994-04-01");
        assertThat(flagged.toCheck()).contains("dateOfBirth");
        // agreeing with both: untouched
        IdCardReading agreed = check.check(card, TextRow.of(words), Map.of(), front("1994-04-06"), null, 0.8, TODAY, null);
        assertThat(agreed.confidence().get("dateOfBirth")).isEqualTo(0.95);
    }

    @Test
    void anIssueDateBeforeTheCardModelWasIssuedIsFlagged() {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("issueDate", "2021-10-01", "expiryDate", "2027-06-20"));
        IdCardReading back = new IdCardReading(fields, new LinkedHashMap<>(Map.of("issueDate", 0.95, "expiryDate", 0.95)),
                List.of(), 0);
        DateCheck check = new DateCheck(IdCardOcr.tessdata());
        BufferedImage card = new BufferedImage(600, 380, BufferedImage.TYPE_BYTE_GRAY);
        // "04/10/2024" read as "01102021" on a 2024 card: a date that fits the expiry, but no such card was issued then
        IdCardReading flagged = check.check(card, List.of(), Map.of(), back, null, 0.8, TODAY, LocalDate.of(2024, 7, 1));
        assertThat(flagged.toCheck()).contains("issueDate");
        IdCardReading older = check.check(card, List.of(), Map.of(), back, null, 0.8, TODAY, null);
        assertThat(older.toCheck()).doesNotContain("issueDate");
    }

    @Test
    void thePrintedExpiryIsFoundBesideOrUnderItsLabel() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.80, 0, "Có", "giá", "trị", "đến:", "06/04/2034");
        assertThat(DateCheck.printedExpiry(TextRow.of(words))).isEqualTo(LocalDate.of(2034, 4, 6));
        List<OcrWord> under = new ArrayList<>();
        LabelledFieldsTest.row(under, 0.80, 0, "Có", "giá", "trị", "đến", "/", "Date", "of", "expiry:");
        LabelledFieldsTest.row(under, 0.84, 1, "06/04/2034");
        assertThat(DateCheck.printedExpiry(TextRow.of(under))).isEqualTo(LocalDate.of(2034, 4, 6));
        List<OcrWord> none = new ArrayList<>();
        LabelledFieldsTest.row(none, 0.80, 0, "Có", "giá", "trị", "đến:", "Không", "thời", "hạn");
        assertThat(DateCheck.printedExpiry(TextRow.of(none))).isNull();
    }
}

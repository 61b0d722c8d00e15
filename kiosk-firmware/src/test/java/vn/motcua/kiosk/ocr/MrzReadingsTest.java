package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.idcard.MrzParser;

/**
 * Several readings of one MRZ combined under its check digits: a field is taken from a reading where its
 * check holds, the composite decides, and nothing that fails a check, or that two readings hold equally
 * well, is accepted.
 */
class MrzReadingsTest {
    private final String good = CardPerson.of(9100, CardModel.CCCD_2021).mrz();
    private final String[] l = good.split("\n");

    private static String at(String s, int i, char c) {
        return s.substring(0, i) + c + s.substring(i + 1);
    }

    private static char other(char c) {
        return c == '8' ? '3' : c == '3' ? '8' : c == '0' ? '8' : c == '1' ? '7' : c == '7' ? '1' : c == '6' ? '8'
                : c == '9' ? '3' : c == '5' ? '6' : c == '2' ? '7' : '1';
    }

    @Test
    void theIcaoWorkedExamplesCheckDigits() {
        // ICAO 9303 part 5, the TD1 specimen (Utopia, ERIKSSON ANNA MARIA)
        String l1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
        String l2 = "7408122F1204159UTO<<<<<<<<<<<6";
        assertThat(MrzParser.checkDigit("D23145890")).isEqualTo(7);
        assertThat(MrzParser.checkDigit("740812")).isEqualTo(2);
        assertThat(MrzParser.checkDigit("120415")).isEqualTo(9);
        assertThat(MrzParser.checkDigit(MrzRepair.composite(l1, l2))).isEqualTo(6);
        // the birth date with two digits misread: many two-digit mendings pass the check digit alone,
        // which is why one is taken only when it is the only one and the composite agrees
        assertThat(MrzRepair.passes("140312", '2')).isFalse();
        List<String> fits = MrzRepair.twoChanges("1403122");
        assertThat(fits).contains("7408122").hasSizeGreaterThan(1);
    }

    @Test
    void eachFieldIsTakenFromAReadingWhereItsCheckHolds() {
        // three readings, each with another field misread past one-digit mending; together they hold
        String r1 = at(at(l[0], 16, other(l[0].charAt(16))), 20, other(l[0].charAt(20))) + "\n" + l[1] + "\n" + l[2];
        String r2 = l[0] + "\n" + at(at(l[1], 1, other(l[1].charAt(1))), 4, other(l[1].charAt(4))) + "\n" + l[2];
        String r3 = l[0] + "\n" + at(at(l[1], 9, other(l[1].charAt(9))), 12, other(l[1].charAt(12))) + "\n"
                + l[2].replaceFirst("<", "K");
        assertThat(MrzReadings.holds(r1)).isFalse();
        String combined = MrzReadings.combine(List.of(r1, r2, r3), MrzReadings.PrintedDates.NONE);
        assertThat(MrzReadings.holds(combined)).isTrue();
        assertThat(combined).isEqualTo(good);
    }

    @Test
    void theNationalityNoCheckDigitCoversIsVietnamsAsTheCardsOpeningSays() {
        // the first reading shifted by a doubled digit: the dates' last digits stand as letters where VNM was
        String shifted = l[0] + "\n" + l[1].substring(0, 15) + "GOV" + l[1].substring(18) + "\n" + l[2];
        assertThat(MrzReadings.holds(shifted)).isTrue();
        assertThat(MrzReadings.combine(List.of(shifted, good), MrzReadings.PrintedDates.NONE)).isEqualTo(good);
        // a blurred V read M in every reading: the card is issued to Vietnamese citizens only
        String blurred = l[0] + "\n" + l[1].substring(0, 15) + "MNM" + l[1].substring(18) + "\n" + l[2];
        assertThat(MrzReadings.combine(List.of(blurred, blurred.replace("MNM", "VNA")), MrzReadings.PrintedDates.NONE)).isEqualTo(good);
    }

    @Test
    void aFieldMisreadInTwoDigitsIsMendedOnlyWhenExactlyOneMendingFits() {
        // find a two-digit misreading of the expiry that only one two-digit mending (a real date) puts right
        String mended = null;
        String refused = null;
        String expiry = l[1].substring(8, 15);
        for (int i = 0; i < 7 && (mended == null || refused == null); i++) {
            for (int j = i + 1; j < 7; j++) {
                String wrong = at(at(expiry, i, other(expiry.charAt(i))), j, other(expiry.charAt(j)));
                if (MrzRepair.passes(wrong.substring(0, 6), wrong.charAt(6))) {
                    continue;
                }
                String reading = l[0] + "\n" + l[1].substring(0, 8) + wrong + l[1].substring(15) + "\n" + l[2];
                long realDates = MrzRepair.twoChanges(wrong).stream().filter(v -> v.substring(2, 4).compareTo("13") < 0
                        && v.substring(4, 6).compareTo("32") < 0 && !v.substring(2, 4).equals("00")
                        && !v.substring(4, 6).equals("00")).count();
                String out = MrzReadings.combine(List.of(reading), MrzReadings.PrintedDates.NONE);
                if (realDates == 1 && mended == null) {
                    mended = out;
                } else if (realDates > 1 && refused == null) {
                    refused = out;
                    // several mendings fit: none is chosen, the reading comes back as read, failing its check
                    assertThat(out).isEqualTo(reading);
                    assertThat(MrzReadings.holds(out)).isFalse();
                }
            }
        }
        assertThat(refused).as("a misreading with several mendings").isNotNull();
        if (mended != null) {
            assertThat(mended).isEqualTo(good);
        }
    }

    @Test
    void twoReadingsThatHoldEquallyWellAreNotChosenBetween() {
        // nothing holds: the composite digit is no digit in either reading
        String a = l[0] + "\n" + l[1].substring(0, 29) + "X" + "\n" + l[2];
        assertThat(MrzReadings.combine(List.of(a, a), MrzReadings.PrintedDates.NONE)).isEqualTo(a);
        assertThat(MrzReadings.holds(a)).isFalse();
        assertThat(MrzReadings.holds(good)).isTrue();
    }

    @Test
    void aCardThatNeverExpiresHoldsWithFillersForItsExpiry() {
        String never = "IDVNM05801234560010580123457<<\n5803125F<<<<<<0VNM<<<<<<<<<<<2\nTRAN<<THI<MAI<<<<<<<<<<<<<<<<<";
        assertThat(MrzReadings.holds(never)).isTrue();
        assertThat(MrzReadings.holds(never.replace("<<<<<<0VNM", "<<<<<<<VNM"))).isTrue();
        assertThat(MrzReadings.holds(never.replace("<<<<<<0VNM", "<<<<<<7VNM"))).isFalse();
        // the personal number misread past one-digit mending in one reading, the birth date in another
        String personalOff = never.replace("0010580123457", "0010586128457");
        String birthOff = never.replace("5803125F", "5803725F");
        assertThat(MrzReadings.holds(personalOff)).isFalse();
        assertThat(MrzReadings.combine(List.of(personalOff, birthOff), MrzReadings.PrintedDates.NONE)).isEqualTo(never);
    }

    /**
     * Generator D's degraded back 5400 as the strip's looks and the page read it: line 2 with a digit too many or
     * its zeros read 9 and 6 in every reading, the birth date holding in one, the expiry in none, the composite "4" in
     * two. Born 5 August 1970 (the personal number's "1" a woman of the 1900s), issued 23 July 2026: the card runs to
     * her sixtieth birthday, 5 August 2030, and with that expiry the composite holds.
     */
    @Test
    void anExpiryNoReadingHasIsTheBirthdayTheLawGivesWhenTheCompositeHolds() {
        List<String> readings = List.of(
                "IDVNM17005129380951700512930<<\n70080500F200800SZV<<<<<<<<<<<M\nBUI<<QUOC<YEN<<<<<<<<<<<<<<<<<",
                "IDVNM17005129380951700512930<<\n770080050F32008OSZ<<<<<<<<<<<M\nBUI<<QUOC<YEN<<<<<<<<<<<<<<<<<",
                "IDVNM17005129380951766512936<<\n7700880S0F2E608OSZ<<<<<<<<<<<4\nBUI<<QUOC<YEN<<<<<<<<<<<<<<<<<",
                "IDVNM17005129380951700512930<<\n7998650F3660865ZVN<<<<<<<<<<<4\nBUI<<QUOC<YEN<<<<<<<<<<<<<<<<<");
        String right = "IDVNM17005129380951700512930<<\n7008050F3008052VNM<<<<<<<<<<<4\nBUI<<QUOC<YEN<<<<<<<<<<<<<<<<<";
        assertThat(MrzReadings.holds(right)).isTrue();
        assertThat(MrzReadings.holds(MrzReadings.combine(readings, MrzReadings.PrintedDates.NONE))).isFalse();
        LocalDate issue = LocalDate.of(2026, 7, 23);
        assertThat(MrzReadings.combine(readings, new MrzReadings.PrintedDates(issue, null))).isEqualTo(right);
        assertThat(MrzReadings.combine(readings, new MrzReadings.PrintedDates(null, LocalDate.of(2030, 8, 5)))).isEqualTo(right);
        // a printed expiry that is no birthday of hers is no witness; one issued in 2000 would have run to her fortieth
        assertThat(MrzReadings.holds(MrzReadings.combine(readings, new MrzReadings.PrintedDates(null, LocalDate.of(2030, 8, 6))))).isFalse();
        assertThat(MrzReadings.holds(MrzReadings.combine(readings, new MrzReadings.PrintedDates(LocalDate.of(2000, 1, 3), null)))).isFalse();
    }

    /** The same back saved as a JPEG: line 2 holds but for its F, read "0" in every look; the personal number says F. */
    @Test
    void aSexNoReadingHasIsTheOneThePersonalNumberGives() {
        String read = "IDVNM17005129380951700512930<<\n700805003008052VNM<<<<<<<<<<<4\nBUI<<QUOC<YEN<<<<<<<<<<<<<<<<<";
        assertThat(MrzReadings.combine(List.of(read, read), MrzReadings.PrintedDates.NONE))
                .isEqualTo("IDVNM17005129380951700512930<<\n7008050F3008052VNM<<<<<<<<<<<4\nBUI<<QUOC<YEN<<<<<<<<<<<<<<<<<");
    }
}

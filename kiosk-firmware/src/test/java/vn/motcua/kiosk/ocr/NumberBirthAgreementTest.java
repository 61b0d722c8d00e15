package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The number's year digits against a birth date the printed expiry vouches for. */
class NumberBirthAgreementTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static String mended(String number, String birth, String sex, LocalDate expiry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("dateOfBirth", birth);
        if (sex != null) {
            fields.put("sex", sex);
        }
        Map<String, Double> confidence = new LinkedHashMap<>();
        fields.keySet().forEach(f -> confidence.put(f, 0.4));
        IdCardReading reading = new IdCardReading(fields, confidence, java.util.List.copyOf(fields.keySet()), 0);
        return NumberBirthAgreement.mend(reading, expiry, IdCardOcr.DEFAULT_THRESHOLD, TODAY).fields().get("number");
    }

    @Test
    void aYearDigitMisreadIsPutBackWhenTheExpiryVouchesForTheBirthDate() {
        // Quảng Bình (044), a man of the 1900s (0), born 12/07/1989; valid to 12/07/2029 (40th birthday); 89 read 82
        assertThat(mended("044082702428", "1989-07-12", "Nam", LocalDate.of(2029, 7, 12))).isEqualTo("044089702428");
    }

    @Test
    void noPrintedExpiryOrOneThatDisagreesChangesNothing() {
        assertThat(mended("044082702428", "1989-07-12", "Nam", null)).isEqualTo("044082702428");
        // the expiry is not the date's birthday at a milestone: the date may be the misread one
        assertThat(mended("044082702428", "1989-07-12", "Nam", LocalDate.of(2029, 7, 21))).isEqualTo("044082702428");
    }

    @Test
    void aNumberThatAgreesIsLeftAlone() {
        assertThat(mended("044089702428", "1989-07-12", "Nam", LocalDate.of(2029, 7, 12))).isEqualTo("044089702428");
    }

    @Test
    void threeChangedDigitsAreNoMisreadDigit() {
        assertThat(mended("044372702428", "1989-07-12", "Nam", LocalDate.of(2029, 7, 12))).isEqualTo("044372702428");
    }

    @Test
    void aWrongCenturyDigitTakesTheSexRead() {
        // a woman born in 2001 (3), her 3 read as 1 (1900s): 001101… is 001301…
        assertThat(mended("001101012345", "2001-03-04", "Nữ", LocalDate.of(2026, 3, 4))).isEqualTo("001301012345");
        // no sex read: the century digit is not guessed
        assertThat(mended("001101012345", "2001-03-04", null, LocalDate.of(2026, 3, 4))).isEqualTo("001101012345");
    }
}

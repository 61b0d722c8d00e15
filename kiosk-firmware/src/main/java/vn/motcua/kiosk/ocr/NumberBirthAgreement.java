package vn.motcua.kiosk.ocr;

import java.time.LocalDate;
import vn.motcua.client.identity.PersonalNumbers;

/**
 * The personal number's year digits put back from a birth date that two prints vouch for. By law the number's
 * fourth digit is the century and sex and its fifth and sixth the last two digits of the birth year
 * ({@link PersonalNumbers}); on the 2016 and 2021 fronts the printed expiry ("Có giá trị đến") is the holder's
 * birthday at a milestone age ({@link DateAgreement}). When the birth date read and the expiry read agree, two
 * prints read apart give the same birth, and a number whose year digits say otherwise was misread there
 * (044089… read 044082…): those digits, at most two of the three, are set from the birth year (the fourth
 * digit only when its century is wrong, then with the sex read). The number keeps its confidence, halved
 * already for the disagreement, so the citizen still checks it. Without a printed expiry (the 2024 front), or
 * when the date and the expiry disagree, nothing changes: then either may be the misread one.
 */
final class NumberBirthAgreement {
    /** At most this many of the digits 4-6 may change: more is no misread digit but a number read from elsewhere. */
    private static final int MOST_CHANGED = 2;

    private NumberBirthAgreement() {
    }

    static IdCardReading mend(IdCardReading reading, LocalDate printedExpiry, double threshold, LocalDate today) {
        String number = reading.fields().get("number");
        LocalDate birth = DateAgreement.parse(reading.fields().get("dateOfBirth"));
        if (number == null || birth == null || printedExpiry == null || !number.matches("\\d{12}")
                || !PersonalNumbers.knownProvince(number)) {
            return reading;
        }
        DateAgreement.Witnesses expiryOnly = new DateAgreement.Witnesses(null, printedExpiry, null);
        if (!DateAgreement.birthAgrees(birth, expiryOnly, today) || PersonalNumbers.birthYear(number) == birth.getYear()) {
            return reading;
        }
        String mended = withBirthYear(number, birth.getYear(), reading.fields().get("sex"));
        if (mended == null || PersonalNumbers.problem(mended, today).isPresent()) {
            return reading;
        }
        return reading.with("number", mended, reading.confidence().getOrDefault("number", 0.0), threshold);
    }

    /**
     * The number with its digits 4-6 giving the year; null when that changes more than {@link #MOST_CHANGED} of
     * them, or the century digit would need a sex that was not read.
     */
    static String withBirthYear(String number, int year, String sex) {
        char century = number.charAt(3);
        if (PersonalNumbers.birthYear(number) / 100 != year / 100) {
            if (!"Nam".equals(sex) && !"Nữ".equals(sex)) {
                return null;
            }
            century = PersonalNumbers.centuryDigit(year, sex);
        }
        String mended = number.substring(0, 3) + century + String.format("%02d", year % 100) + number.substring(6);
        int changed = 0;
        for (int i = 3; i < 6; i++) {
            changed += mended.charAt(i) != number.charAt(i) ? 1 : 0;
        }
        return changed <= MOST_CHANGED ? mended : null;
    }
}

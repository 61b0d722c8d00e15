package vn.motcua.kiosk.ocr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.identity.PersonalNumbers;
import vn.motcua.kiosk.idcard.CardValidity;

/**
 * A card's dates against what the rest of the card says they must be. The expiry is the holder's birthday
 * at a milestone age (Law on Citizen Identity 2014 art. 21: 25, 40, 60; Law on Identification 2023 art. 21:
 * 14, 25, 40, 60; a card made within two years before a milestone runs to the next; none after 60), so its
 * day and month are the birth date's and its year the birth year plus a milestone ({@link CardValidity}).
 * The personal number carries the century and the last two digits of the birth year ({@link PersonalNumbers}).
 * A valid MRZ (its check digits hold) carries the birth date and the expiry. The issue date lies after the
 * birth and before the expiry.
 *
 * <p>A date is mended only where one digit read as its usual look-alike (4/1, 3/8/9, 0/6/8, 5/6, 1/7) makes
 * it agree, exactly one such change does, and the changed digit is vouched for by the MRZ or by two other
 * readings (the number and the printed expiry both cover the year; only the expiry covers the day and
 * month, so a day against the expiry alone is flagged, never changed: either may be the misread one).
 */
final class DateAgreement {
    /** Digits a blurred card's digits are read as. */
    private static final Map<Character, String> CONFUSED = Map.of('0', "68", '1', "47", '3', "89", '4', "1",
            '5', "6", '6', "058", '7', "1", '8', "0369", '9', "38");

    /**
     * What the rest of the card says about one date: the personal number (null when not a passing 12-digit
     * number), the printed expiry that must be the birthday at a milestone, and the MRZ's own date.
     */
    record Witnesses(String number, LocalDate expiry, LocalDate mrz) {
        boolean any() {
            return number != null || expiry != null || mrz != null;
        }
    }

    private DateAgreement() {
    }

    /** Whether a birth date agrees with every witness given (true when none is). */
    static boolean birthAgrees(LocalDate birth, Witnesses w, LocalDate today) {
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            return false;
        }
        if (w.number() != null && PersonalNumbers.birthYear(w.number()) != birth.getYear()) {
            return false;
        }
        if (w.expiry() != null && CardValidity.MILESTONES.stream().noneMatch(k -> birth.plusYears(k).equals(w.expiry()))) {
            return false;
        }
        return w.mrz() == null || w.mrz().equals(birth);
    }

    /**
     * How many witnesses a birth date agrees with (a date after today or before 1900: -1). A second reading
     * of the date row counts when it agrees with more of them than the first reading and with every one the
     * first agreed with: the printed expiry is the card's smallest print and may be the misread one.
     */
    static int birthScore(LocalDate birth, Witnesses w, LocalDate today) {
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            return -1;
        }
        int score = 0;
        score += w.number() != null && PersonalNumbers.birthYear(w.number()) == birth.getYear() ? 1 : 0;
        score += w.expiry() != null && CardValidity.MILESTONES.stream().anyMatch(k -> birth.plusYears(k).equals(w.expiry())) ? 1 : 0;
        score += w.mrz() != null && w.mrz().equals(birth) ? 1 : 0;
        return score;
    }

    /** Whether a second reading of a birth date is the better one (see {@link #birthScore}). */
    static boolean secondBirthBetter(LocalDate first, LocalDate second, Witnesses w, LocalDate today) {
        if (first == null) {
            return birthScore(second, w, today) >= 0;
        }
        Witnesses onlyFirsts = new Witnesses(
                w.number() != null && birthScore(first, new Witnesses(w.number(), null, null), today) > 0 ? w.number() : null,
                w.expiry() != null && birthScore(first, new Witnesses(null, w.expiry(), null), today) > 0 ? w.expiry() : null,
                w.mrz() != null && w.mrz().equals(first) ? w.mrz() : null);
        return birthAgrees(second, onlyFirsts, today) && birthScore(second, w, today) > birthScore(first, w, today);
    }

    /**
     * Whether an issue date fits the holder's birth and the card's expiry (either may be null when unknown):
     * after the birth, not after today, and the expiry the milestone rule gives for that issue day.
     */
    static boolean issueAgrees(LocalDate issue, LocalDate birth, LocalDate expiry, LocalDate today) {
        if (issue.isAfter(today) || issue.getYear() < 1990) {
            return false;
        }
        if (birth != null && !issue.isAfter(birth)) {
            return false;
        }
        if (expiry != null && !issue.isBefore(expiry)) {
            return false;
        }
        return birth == null || expiry == null || CardValidity.expiry(birth, issue).equals(Optional.of(expiry));
    }

    /** Whether a card that never expires was issued then: a date {@link #issueAgrees} with no expiry known, at 58 or later. */
    static boolean issueAgreesNeverExpiring(LocalDate issue, LocalDate birth, LocalDate today) {
        return issueAgrees(issue, birth, null, today) && (birth == null || CardValidity.expiry(birth, issue).isEmpty());
    }

    /** Whether an expiry is the birthday at a milestone and the MRZ's expiry (either may be null when unknown). */
    static boolean expiryAgrees(LocalDate expiry, LocalDate birth, LocalDate mrzExpiry) {
        if (mrzExpiry != null && !mrzExpiry.equals(expiry)) {
            return false;
        }
        return birth == null || CardValidity.MILESTONES.stream().anyMatch(k -> birth.plusYears(k).equals(expiry));
    }

    /**
     * The birth date with one look-alike digit changed, when exactly one change makes it agree with the
     * witnesses and the changed digit is vouched for twice (see the class comment); empty otherwise.
     */
    static Optional<LocalDate> mendBirth(LocalDate read, Witnesses w, LocalDate today) {
        if (birthAgrees(read, w, today)) {
            return Optional.empty();
        }
        List<Mend> fits = new ArrayList<>();
        for (Mend m : mends(read)) {
            if (birthAgrees(m.date(), w, today)) {
                fits.add(m);
            }
        }
        if (fits.size() != 1) {
            return Optional.empty();
        }
        Mend m = fits.get(0);
        // digits 0-3 are the day and month (ddMM), 4-7 the year: the number covers only the year
        int vouchers = (w.expiry() != null ? 1 : 0) + (w.number() != null && m.position() >= 4 ? 1 : 0);
        return w.mrz() != null || vouchers >= 2 ? Optional.of(m.date()) : Optional.empty();
    }

    /** A date (issue or expiry) with one look-alike digit changed, when exactly one change makes {@code agrees} hold. */
    static Optional<LocalDate> mendOne(LocalDate read, java.util.function.Predicate<LocalDate> agrees) {
        if (agrees.test(read)) {
            return Optional.empty();
        }
        List<LocalDate> fits = mends(read).stream().map(Mend::date).filter(agrees).toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private record Mend(LocalDate date, int position) {
    }

    /** Every valid date one look-alike digit away from the date as printed (ddMMyyyy). */
    private static List<Mend> mends(LocalDate read) {
        String digits = String.format("%02d%02d%04d", read.getDayOfMonth(), read.getMonthValue(), read.getYear());
        List<Mend> out = new ArrayList<>();
        for (int i = 0; i < digits.length(); i++) {
            for (char d : CONFUSED.getOrDefault(digits.charAt(i), "").toCharArray()) {
                String s = digits.substring(0, i) + d + digits.substring(i + 1);
                try {
                    out.add(new Mend(LocalDate.of(Integer.parseInt(s.substring(4)), Integer.parseInt(s.substring(2, 4)),
                            Integer.parseInt(s.substring(0, 2))), i));
                } catch (DateTimeException e) {
                    // no such day: not a candidate
                }
            }
        }
        return out;
    }

    /** An ISO date as read, or null when the field holds none. */
    static LocalDate parse(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

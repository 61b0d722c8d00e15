package vn.motcua.kiosk.ocr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.kiosk.idcard.CardValidity;

/**
 * The 2024 back's issue and expiry dates where the page did not read them right and the MRZ holds (every check
 * digit and the composite one, {@link MrzReadings}). The MRZ is printed from the same record as the dates above
 * it: its expiry (YYMMDD and a check digit) is the printed expiry, and its birth date with that expiry leaves
 * one issue date possible for each date row ({@link DateAgreement#issueAgrees}: after the birth, before the
 * expiry and giving it by the milestone rule). So:
 * <ul>
 *   <li>an expiry read as none, or as another date, is the MRZ's, "Không thời hạn" when its expiry is fillers (the
 *   print under the photo's edge is the back's smallest; a blur leaves "Có giá trị đến 03/11/2031" as "Đôn GoyÊ Sa
 *   2 2,", and a lost issue label gives the expiry the issue date's row); an expiry read as the MRZ has it
 *   is vouched for by its check digit, whatever confidence the page gave its row;</li>
 *   <li>an issue date read as none, or as a date that does not fit, is the one date printed above the MRZ
 *   that fits: on or after 1 July 2024 (the Law on Identification 2023 in force, the first Căn cước issued),
 *   not after today, and giving the MRZ's expiry from its birth date. Two such dates, or none: nothing is
 *   guessed.</li>
 * </ul>
 * Without a valid MRZ nothing changes: a date row alone cannot say which field it is.
 */
final class MrzBackDates {
    /** The day the Law on Identification 2023 came into force: no Căn cước was issued before it. */
    static final LocalDate FIRST_ISSUE = CardModel.CAN_CUOC_2024.issuedFrom();
    /** A date copied from a valid MRZ: its check digits vouch for it. */
    static final double FROM_MRZ = 0.9;

    private MrzBackDates() {
    }

    /** Fills {@code fields} (and their confidence) in place; only a back printing both an issue and an expiry date. */
    static void fill(List<TextRow> rows, Map<String, String> fields, Map<String, Double> confidence,
                     LocalDate mrzBirth, LocalDate mrzExpiry, LocalDate today) {
        fill(rows, fields, confidence, mrzBirth, mrzExpiry, false, today, List::of);
    }

    /**
     * As above; {@code neverExpires}: the MRZ holds with an expiry of fillers (a card issued at 58 or later, which
     * prints "Không thời hạn" and whose issue date gives no expiry by the milestone rule). With no row's date
     * fitting, the rows of the bands the page left unread ({@link UnreadBands}, read only then) are looked at the
     * same way.
     */
    static void fill(List<TextRow> rows, Map<String, String> fields, Map<String, Double> confidence,
                     LocalDate mrzBirth, LocalDate mrzExpiry, boolean neverExpires, LocalDate today,
                     Supplier<List<TextRow>> unreadBands) {
        if (!fields.containsKey("issueDate") || !fields.containsKey("expiryDate") || mrzExpiry == null && !neverExpires) {
            return;
        }
        String expiry = neverExpires ? CardValidity.NEVER_EXPIRES : mrzExpiry.toString();
        if (!expiry.equals(fields.get("expiryDate"))) {
            fields.put("expiryDate", expiry);
            confidence.put("expiryDate", FROM_MRZ);
        } else {
            // read as the MRZ has it: its check digit vouches for the row however faint the page found it
            confidence.merge("expiryDate", FROM_MRZ, Math::max);
        }
        LocalDate issue = DateAgreement.parse(fields.get("issueDate"));
        if (mrzBirth == null || issue != null && fits(issue, mrzBirth, mrzExpiry, today)) {
            return;
        }
        List<LocalDate> fitting = fitting(rows, mrzBirth, mrzExpiry, today);
        if (fitting.isEmpty()) {
            fitting = fitting(unreadBands.get(), mrzBirth, mrzExpiry, today);
        }
        if (fitting.size() == 1) {
            fields.put("issueDate", fitting.get(0).toString());
            confidence.put("issueDate", FROM_MRZ);
        }
    }

    private static List<LocalDate> fitting(List<TextRow> rows, LocalDate birth, LocalDate expiry, LocalDate today) {
        return datesPrinted(rows, d -> fits(d, birth, expiry, today));
    }

    /** The distinct dates of the rows that are not the MRZ's, of those a test takes. */
    static List<LocalDate> datesPrinted(List<TextRow> rows, java.util.function.Predicate<LocalDate> taken) {
        return rows.stream().filter(r -> !r.text().contains("<<"))
                .flatMap(r -> datesIn(r.text()).stream()).filter(taken).distinct().toList();
    }

    /** An issue date that gives this expiry by the milestone rule (none: the card never expires). */
    private static boolean fits(LocalDate issue, LocalDate birth, LocalDate expiry, LocalDate today) {
        return !issue.isBefore(FIRST_ISSUE) && (expiry != null ? DateAgreement.issueAgrees(issue, birth, expiry, today)
                : DateAgreement.issueAgreesNeverExpiring(issue, birth, today));
    }

    /**
     * A dd/mm/yyyy date one of whose separators was read as a gap or lost ("05 08.2025", "0508.2025"): the card
     * prints day and month with two digits each, so the digits still split one way only.
     */
    private static final Pattern SEPARATOR_LOST = Pattern.compile(
            "(?<![\\d/.,-])([0-3]\\d) ?[/.,-]? ?([01]\\d) ?[/.,-]? ?((?:19|20)\\d\\d)(?!\\d)");

    /**
     * Every real dd/mm/yyyy date in a row's text, as the page reads dates, and those whose separator was lost:
     * only a date that fits the MRZ is ever taken from them.
     */
    static List<LocalDate> datesIn(String text) {
        Matcher m = BackDates.DATE.matcher(text);
        List<LocalDate> dates = new java.util.ArrayList<>(m.results()
                .map(r -> DateAgreement.parse(DateCheck.secondLookDate(r.group(), "issueDate")))
                .filter(Objects::nonNull).toList());
        Matcher lost = SEPARATOR_LOST.matcher(text);
        while (lost.find()) {
            if (lost.group().chars().allMatch(Character::isDigit)) {
                continue; // eight digits in a run ("29092025") are no printed date's row: one separator at least is left
            }
            try {
                dates.add(LocalDate.of(Integer.parseInt(lost.group(3)), Integer.parseInt(lost.group(2)),
                        Integer.parseInt(lost.group(1))));
            } catch (java.time.DateTimeException e) {
                // digits of no real date
            }
        }
        return dates;
    }
}

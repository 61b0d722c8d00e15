package vn.motcua.kiosk.ocr;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A back whose issue and expiry dates read as one and the same day, with no MRZ to settle them
 * ({@link MrzBackDates} does where it holds): no card expires the day it is issued, so one field took the
 * other's row (a label lost and a band of another layout over the wrong row). The day keeps the field it can
 * be: a day after today is no issue date, so it is the expiry; else the issue date. The other field takes the
 * one other date printed on the back that it can be (an expiry after the issue; an issue before the expiry,
 * not before the model's first issue and not after today), from the rows read, else from the bands the page
 * left unread. None or two such dates: the field is left empty for the citizen to type, never shown with the
 * other field's day. A date found so is a choice by elimination, so it is shown to be checked.
 */
final class OneDateForBoth {
    /** Below any threshold the kiosk runs with: the citizen confirms a date found by elimination. */
    static final double BY_ELIMINATION = 0.5;

    private OneDateForBoth() {
    }

    /** The reading with its one day kept by the field it can be, the other field found again or left empty. */
    static IdCardReading mend(IdCardReading reading, List<TextRow> rows, LocalDate today, LocalDate issuedFrom,
                              Supplier<List<TextRow>> unreadBands, double threshold) {
        LocalDate day = DateAgreement.parse(reading.fields().get("issueDate"));
        if (day == null || !day.equals(DateAgreement.parse(reading.fields().get("expiryDate")))) {
            return reading;
        }
        boolean isExpiry = day.isAfter(today);
        String other = isExpiry ? "issueDate" : "expiryDate";
        Predicate<LocalDate> fits = isExpiry
                ? d -> d.isBefore(day) && !d.isAfter(today) && (issuedFrom == null || !d.isBefore(issuedFrom))
                : d -> d.isAfter(day);
        List<LocalDate> found = MrzBackDates.datesPrinted(rows, fits);
        if (found.isEmpty()) {
            found = MrzBackDates.datesPrinted(unreadBands.get(), fits);
        }
        return found.size() == 1 ? reading.with(other, found.get(0).toString(), BY_ELIMINATION, threshold)
                : reading.with(other, null, 0.0, threshold);
    }
}

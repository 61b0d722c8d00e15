package vn.motcua.kiosk.idcard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * What a chip ID card's QR says. Dates are null when the payload's date was not a real date.
 *
 * @param extra trailing fields of newer cards (e.g. parents' names), kept as read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CccdFields(String number, String oldId, String name, LocalDate dateOfBirth, String sex,
                         String address, LocalDate issueDate, String province, List<String> extra) {

    /** No fields: the payload was refused before any could be read. */
    public static final CccdFields NONE = new CccdFields(null, null, null, null, null, null, null, null, null);

    /** For screens and tickets: only the last four digits, as officers read them back. */
    public String maskedNumber() {
        return IdMask.mask(number);
    }

    /** Whole years of age on the given day, or -1 when the date of birth is unknown. */
    public int ageOn(LocalDate day) {
        return dateOfBirth == null ? -1 : java.time.Period.between(dateOfBirth, day).getYears();
    }
}

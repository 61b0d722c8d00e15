package vn.motcua.kiosk.idcard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * What the machine-readable zone on the back of a chip ID card says (ICAO 9303 TD1). Names are as the
 * MRZ writes them: upper case without Vietnamese marks.
 *
 * @param documentNumber the 9-digit document number (the last 9 digits of the personal number); with the
 *                       dates it is the chip's BAC key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MrzFields(String documentCode, String issuingState, String documentNumber, String personalNumber,
                        LocalDate dateOfBirth, String sex, LocalDate expiryDate, String nationality,
                        String surname, String givenNames) {

    static final MrzFields NONE = new MrzFields(null, null, null, null, null, null, null, null, null, null);
}

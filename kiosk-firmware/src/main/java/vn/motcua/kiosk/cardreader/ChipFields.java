package vn.motcua.kiosk.cardreader;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the chip's DG13 says, in the same terms as the QR (number, name, date of birth, sex, residence) plus
 * what only the chip carries. Dates are yyyy-MM-dd when the chip wrote a date, else its text as written
 * (a card that never expires says so in words).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChipFields(String number, String name, String dateOfBirth, String sex, String nationality,
                         String ethnicity, String religion, String placeOfOrigin, String placeOfResidence,
                         String identifyingMarks, String issueDate, String expiryDate, String oldIdNumber,
                         String father, String mother) {
}

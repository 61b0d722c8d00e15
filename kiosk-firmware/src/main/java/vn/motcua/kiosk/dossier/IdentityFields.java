package vn.motcua.kiosk.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The card's fields that pre-fill a declaration; place of origin and nationality come from OCR only. */
public record IdentityFields(String number, String name, String dateOfBirth, String sex, String address,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String placeOfOrigin,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String nationality) {
}

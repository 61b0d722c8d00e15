package vn.motcua.kiosk.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.kiosk.idcard.IdMask;

/**
 * Who is submitting, as read from the card for this session only; {@code toCheck} names fields the
 * OCR was unsure of, or where QR and chip differ. Before a card is read only {@code identified: false} is
 * shown.
 *
 * @param chipNext              true when the card's chip can be read next (a QR was scanned on a kiosk with a reader)
 * @param passiveAuthentication the chip's check (VERIFIED, FAILED, NOT_CONFIGURED, NO_SOD) when read from the chip
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Identity(boolean identified, IdentitySource source, String maskedNumber, IdentityFields fields,
                       List<String> toCheck, Boolean chipNext, String passiveAuthentication) {
    static final Identity NONE = new Identity(false, null, null, null, null, null, null);

    static Identity of(IdentitySource source, IdentityFields fields, List<String> toCheck) {
        return new Identity(true, source, IdMask.mask(fields.number()), fields, toCheck, null, null);
    }

    Identity withChipNext(boolean next) {
        return new Identity(identified, source, maskedNumber, fields, toCheck, next ? Boolean.TRUE : null, passiveAuthentication);
    }

    Identity withPassiveAuthentication(String status) {
        return new Identity(identified, source, maskedNumber, fields, toCheck, chipNext, status);
    }

    /**
     * What the touch page gets: the masked number only. The full number stays in this process and goes to
     * the server alone (the identity read, the submission).
     */
    public Identity forPage() {
        if (fields == null) {
            return this;
        }
        return new Identity(identified, source, maskedNumber, new IdentityFields(null, fields.name(), fields.dateOfBirth(),
                fields.sex(), fields.address(), fields.placeOfOrigin(), fields.nationality()), toCheck, chipNext,
                passiveAuthentication);
    }
}

package vn.motcua.kiosk.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.motcua.kiosk.idcard.IdMask;

/**
 * Who is submitting, as read from the card for this session only; {@code toCheck} names fields the
 * OCR was unsure of. Before a card is read only {@code identified: false} is shown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Identity(boolean identified, String source, String maskedNumber, IdentityFields fields,
                       List<String> toCheck) {
    static final Identity NONE = new Identity(false, null, null, null, null);

    static Identity of(String source, IdentityFields fields, List<String> toCheck) {
        return new Identity(true, source, IdMask.mask(fields.number()), fields, toCheck);
    }
}

package vn.motcua.kiosk.dossier;

import java.time.LocalDate;
import java.util.Map;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.client.identity.TypedIdentityRules;

/**
 * Identity typed by a citizen whose card cannot be read (no QR, chip or legible front; a lost card with
 * its number known): recorded as TYPED, which the officer sees and checks against the card or papers at
 * the counter. The rules are {@link TypedIdentityRules}, the same the officer's typed path uses.
 */
final class TypedIdentity {
    private TypedIdentity() {
    }

    static Identity of(Map<String, String> typed, LocalDate today) {
        TypedIdentityRules.Checked c;
        try {
            c = TypedIdentityRules.check(typed, today);
        } catch (TypedIdentityRules.Refused e) {
            throw new DossierRequestException(400, "invalid_field", e.getMessage());
        }
        return Identity.of(IdentitySource.TYPED, new IdentityFields(c.number(), c.name(), c.dateOfBirth(), c.sex(),
                c.address(), null, null), c.toCheck());
    }
}

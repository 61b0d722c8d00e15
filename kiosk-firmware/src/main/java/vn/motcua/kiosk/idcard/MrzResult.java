package vn.motcua.kiosk.idcard;

import java.util.List;

/** The outcome of reading an MRZ: valid when every check digit holds and the fields are well formed. */
public record MrzResult(boolean valid, MrzFields fields, List<IdProblem> errors, List<IdProblem> warnings) {
    /** A valid MRZ whose expiry is all fillers: the card never expires (the parser takes no other expiry as none). */
    public boolean neverExpires() {
        return valid && fields != null && fields.expiryDate() == null;
    }
}

package vn.motcua.kiosk.dossier;

import vn.motcua.client.StatusException;

/** A dossier request the kiosk refuses or could not complete; answered with the status and a reason. */
public final class DossierRequestException extends StatusException {

    public DossierRequestException(int status, String code, String message) {
        super(status, code, message);
    }
}

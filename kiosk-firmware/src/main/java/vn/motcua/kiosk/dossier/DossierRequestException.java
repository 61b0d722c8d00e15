package vn.motcua.kiosk.dossier;

/** A dossier request the kiosk refuses or could not complete; answered with the status and a reason. */
final class DossierRequestException extends RuntimeException {
    final int status;
    final String code;

    DossierRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}

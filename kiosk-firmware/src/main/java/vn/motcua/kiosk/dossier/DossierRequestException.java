package vn.motcua.kiosk.dossier;

/** A dossier request the kiosk refuses or could not complete; answered with the status and a reason. */
public final class DossierRequestException extends RuntimeException {
    private final int status;
    private final String code;

    public DossierRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

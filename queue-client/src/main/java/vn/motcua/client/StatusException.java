package vn.motcua.client;

/**
 * An error an HTTP answer carries as {@code {"error":{"code","message"}}} with {@code status}: the one shape
 * of the server's refusals ({@code ApiException}), the kiosk's own ({@code DossierRequestException}) and the
 * client's view of the server's answers ({@link QueueApiException}).
 */
public class StatusException extends RuntimeException {
    private final int status;
    private final String code;

    public StatusException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public StatusException(int status, String code, String message, Throwable cause) {
        super(message, cause);
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

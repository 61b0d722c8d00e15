package vn.motcua.client;

/**
 * A refused or failed call to the queue server. {@code status} is the HTTP status (0 when the server
 * could not be reached), {@code code} the server's error code, e.g. {@code invalid_field}.
 */
public class QueueApiException extends RuntimeException {
    private final int status;
    private final String code;

    public QueueApiException(int status, String code, String message, Throwable cause) {
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

    /** True when the server was not reached at all (connection refused, timeout). */
    public boolean unreachable() {
        return status == 0;
    }
}

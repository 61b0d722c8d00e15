package vn.motcua.client;

/**
 * A refused or failed call to the queue server. {@code status} is the HTTP status (0 when the server
 * could not be reached), {@code code} the server's error code, e.g. {@code invalid_field}, and
 * {@link #serverMessage()} the server's own words, fit to show to the person at the kiosk.
 */
public class QueueApiException extends StatusException {
    private final String serverMessage;

    public QueueApiException(int status, String code, String message, Throwable cause) {
        this(status, code, message, message, cause);
    }

    public QueueApiException(int status, String code, String message, String serverMessage, Throwable cause) {
        super(status, code, message, cause);
        this.serverMessage = serverMessage;
    }

    /** The message of the server's error answer (or its raw body), without the method and path. */
    public String serverMessage() {
        return serverMessage;
    }

    /** True when the server was not reached at all (connection refused, timeout). */
    public boolean unreachable() {
        return status() == 0;
    }

    /** True when the server refused the request itself (4xx): retrying it unchanged will not help. */
    public boolean refused() {
        return status() >= 400 && status() < 500;
    }
}

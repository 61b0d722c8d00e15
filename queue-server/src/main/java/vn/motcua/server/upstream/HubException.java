package vn.motcua.server.upstream;

/** The hub did not acknowledge a batch; the message says why, for the manager's status view. */
final class HubException extends Exception {
    /** The hub's HTTP status, or 0 when there was no answer. */
    final int status;

    HubException(String message, Throwable cause) {
        this(0, message, cause);
    }

    HubException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }
}

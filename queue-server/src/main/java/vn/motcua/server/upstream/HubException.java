package vn.motcua.server.upstream;

/** The hub did not acknowledge a batch; the message says why, for the manager's status view. */
final class HubException extends Exception {
    HubException(String message, Throwable cause) {
        super(message, cause);
    }
}

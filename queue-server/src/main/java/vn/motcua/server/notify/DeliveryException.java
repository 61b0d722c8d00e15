package vn.motcua.server.notify;

/** A call-back the far end did not accept: the channel, and the status or I/O error (never the phone). */
public final class DeliveryException extends Exception {
    public DeliveryException(String message) {
        super(message);
    }
}

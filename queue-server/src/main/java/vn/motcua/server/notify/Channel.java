package vn.motcua.server.notify;

/** A way of telling a citizen that their turn is near: SMS through a gateway, or a webhook. */
public interface Channel {
    /** SMS or WEBHOOK, as stored with each message. */
    String name();

    /**
     * Sends one message; returns normally only when the far end accepted it (2xx).
     *
     * @param phone the ticket's contact number (the SMS recipient; a webhook does not get it)
     * @throws DeliveryException the far end refused or could not be reached; the notifier retries
     */
    void send(String phone, Message message) throws DeliveryException;
}

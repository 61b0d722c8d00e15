package vn.motcua.server.event;

import vn.motcua.client.Category;
import vn.motcua.client.EventType;
import vn.motcua.client.TicketState;

/**
 * A row to append to the event log; the store assigns its id. Built by the factories here for counter
 * and device events and by {@code ticket.TicketEvents} for ticket transitions.
 */
public record NewEvent(EventType type, long at, String serviceDay, Long ticketId, String number, String service,
                       Category category, TicketState state, Integer counter, String counterState, Long officerId,
                       Long deviceId, int recalls, String detail) {

    /** A counter opened, paused or closed by an officer. */
    public static NewEvent counterChanged(long at, String serviceDay, int counter, String counterState, Long officerId) {
        return new NewEvent(EventType.COUNTER_CHANGED, at, serviceDay, null, null, null, null, null, counter,
                counterState, officerId, null, 0, null);
    }

    /** Something a kiosk or board reported about itself: its status or a citizen's call for help. */
    public static NewEvent fromDevice(EventType type, long at, String serviceDay, long deviceId, String detail) {
        return new NewEvent(type, at, serviceDay, null, null, null, null, null, null, null, null, deviceId, 0, detail);
    }
}

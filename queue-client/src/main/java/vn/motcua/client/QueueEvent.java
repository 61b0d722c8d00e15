package vn.motcua.client;

import java.time.OffsetDateTime;

/**
 * The data of one Server-Sent Event on /api/v1/events. {@code id} equals the SSE {@code id:} line
 * and increases strictly. Ticket fields are null on {@code counter.changed}; {@code counterState} is set
 * on it. {@code detail} carries the finish outcome, the transfer target or a device alert code.
 */
public record QueueEvent(long id, String type, OffsetDateTime at, Long ticketId, String number, String service,
                         Category category, TicketState state, Integer counter, String counterState,
                         int recalls, String detail) {

    /** The kind of this event, or null when the server is newer than this client and sent a new kind. */
    public EventType eventType() {
        return EventType.of(type);
    }
}

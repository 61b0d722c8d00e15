package vn.motcua.server.ticket;

import vn.motcua.client.EventType;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.event.NewEvent;

/** Events of one ticket segment, filled from the segment as it stands after the transition. */
public final class TicketEvents {
    private TicketEvents() {
    }

    /** A transition at {@code at} by {@code by} (null for the server itself), dated to its service day. */
    public static NewEvent of(EventType type, long at, Ticket t, Principal by, String detail) {
        return of(type, at, ServiceDay.of(at), t, by == null ? null : by.userId(), by == null ? null : by.deviceId(),
                detail);
    }

    /** A new segment entering the queue of {@code serviceDay}. */
    public static NewEvent issued(long at, String serviceDay, Ticket t, Long officerId, Long deviceId, String detail) {
        return of(EventType.TICKET_ISSUED, at, serviceDay, t, officerId, deviceId, detail);
    }

    private static NewEvent of(EventType type, long at, String serviceDay, Ticket t, Long officerId, Long deviceId,
                               String detail) {
        return new NewEvent(type, at, serviceDay, t.id(), t.number(), t.serviceCode(), t.category(), t.state(),
                t.counterNumber(), null, officerId, deviceId, t.recalls(), detail);
    }
}

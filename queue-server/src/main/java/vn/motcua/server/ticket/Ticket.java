package vn.motcua.server.ticket;

import vn.motcua.client.Category;
import vn.motcua.client.TicketState;

/**
 * One queue segment. A transfer ends a segment (TRANSFERRED) and starts a new one in the target service
 * with {@code originTicketId} set and the original {@code arrivedAt}.
 */
public record Ticket(long id, String number, String serviceCode, String serviceDay, Category category,
                     TicketState state, long arrivedAt, long issuedAt, Integer counterNumber, Long officerId,
                     int recalls, Long originTicketId, Long deviceId, String requestId, long stateAt) {

    /** The same segment under the id the store gave it. */
    public Ticket withId(long newId) {
        return new Ticket(newId, number, serviceCode, serviceDay, category, state, arrivedAt, issuedAt, counterNumber,
                officerId, recalls, originTicketId, deviceId, requestId, stateAt);
    }

    public Ticket withState(TicketState newState, long at) {
        return new Ticket(id, number, serviceCode, serviceDay, category, newState, arrivedAt, issuedAt, counterNumber,
                officerId, recalls, originTicketId, deviceId, requestId, at);
    }

    public Ticket calledAt(int counter, Long officer, long at) {
        return new Ticket(id, number, serviceCode, serviceDay, category, TicketState.CALLED, arrivedAt, issuedAt,
                counter, officer, recalls, originTicketId, deviceId, requestId, at);
    }

    public Ticket recalled() {
        return new Ticket(id, number, serviceCode, serviceDay, category, state, arrivedAt, issuedAt, counterNumber,
                officerId, recalls + 1, originTicketId, deviceId, requestId, stateAt);
    }

    public Ticket requeued(long at) {
        return new Ticket(id, number, serviceCode, serviceDay, category, TicketState.WAITING, arrivedAt, issuedAt,
                null, null, 0, originTicketId, deviceId, requestId, at);
    }

    /** The printed number: the service's prefix and four digits (A0042). */
    public static String number(String prefix, int sequence) {
        String digits = Integer.toString(sequence);
        return prefix + "0000".substring(Math.min(4, digits.length())) + digits;
    }
}

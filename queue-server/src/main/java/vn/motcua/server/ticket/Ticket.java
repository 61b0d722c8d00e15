package vn.motcua.server.ticket;

import java.util.List;
import vn.motcua.client.Category;
import vn.motcua.client.TicketState;

/**
 * One queue segment. A transfer ends a segment (TRANSFERRED) and starts a new one in the target service
 * with {@code originTicketId} set and the original {@code arrivedAt}. A visit with several services carries
 * the services still to come in {@code laterServices}: when a segment finishes, the next one starts in the
 * first of them under the same number.
 */
public record Ticket(long id, String number, String serviceCode, String serviceDay, Category category,
                     TicketState state, long arrivedAt, long issuedAt, Integer counterNumber, Long officerId,
                     int recalls, Long originTicketId, Long deviceId, String requestId, long stateAt,
                     List<String> laterServices) {

    public Ticket {
        laterServices = laterServices == null ? List.of() : List.copyOf(laterServices);
    }

    /** A segment of a visit with one service. */
    public Ticket(long id, String number, String serviceCode, String serviceDay, Category category, TicketState state,
                  long arrivedAt, long issuedAt, Integer counterNumber, Long officerId, int recalls, Long originTicketId,
                  Long deviceId, String requestId, long stateAt) {
        this(id, number, serviceCode, serviceDay, category, state, arrivedAt, issuedAt, counterNumber, officerId, recalls,
                originTicketId, deviceId, requestId, stateAt, List.of());
    }

    /** The same segment under the id the store gave it. */
    public Ticket withId(long newId) {
        return new Ticket(newId, number, serviceCode, serviceDay, category, state, arrivedAt, issuedAt, counterNumber,
                officerId, recalls, originTicketId, deviceId, requestId, stateAt, laterServices);
    }

    public Ticket withState(TicketState newState, long at) {
        return new Ticket(id, number, serviceCode, serviceDay, category, newState, arrivedAt, issuedAt, counterNumber,
                officerId, recalls, originTicketId, deviceId, requestId, at, laterServices);
    }

    public Ticket withLaterServices(List<String> later) {
        return new Ticket(id, number, serviceCode, serviceDay, category, state, arrivedAt, issuedAt, counterNumber,
                officerId, recalls, originTicketId, deviceId, requestId, stateAt, later);
    }

    public Ticket calledAt(int counter, Long officer, long at) {
        return new Ticket(id, number, serviceCode, serviceDay, category, TicketState.CALLED, arrivedAt, issuedAt,
                counter, officer, recalls, originTicketId, deviceId, requestId, at, laterServices);
    }

    public Ticket recalled() {
        return new Ticket(id, number, serviceCode, serviceDay, category, state, arrivedAt, issuedAt, counterNumber,
                officerId, recalls + 1, originTicketId, deviceId, requestId, stateAt, laterServices);
    }

    public Ticket requeued(long at) {
        return new Ticket(id, number, serviceCode, serviceDay, category, TicketState.WAITING, arrivedAt, issuedAt,
                null, null, 0, originTicketId, deviceId, requestId, at, laterServices);
    }

    /**
     * Set aside by the officer: kept in the service's list to be called back. It keeps the counter that set it
     * aside (whose officer may still cancel or transfer it), though that counter is free for the next visitor.
     */
    public Ticket setAside(long at) {
        return new Ticket(id, number, serviceCode, serviceDay, category, TicketState.ASIDE, arrivedAt, issuedAt,
                counterNumber, officerId, 0, originTicketId, deviceId, requestId, at, laterServices);
    }

    /** The printed number: the service's prefix and four digits (A0042). */
    public static String number(String prefix, int sequence) {
        String digits = Integer.toString(sequence);
        return prefix + "0000".substring(Math.min(4, digits.length())) + digits;
    }
}

package vn.motcua.client;

import java.util.List;

/**
 * The citizen's visit as its ticket page shows it (GET /api/v1/tickets/{id} only): each service's wait, from
 * when the visit joined that service's queue to its first call, or until now while it still waits; the total
 * over the services (time set aside, "chờ bổ sung", is not waiting); the services still to come; and the
 * visit's latest segment, which the page follows once a service is done and the number joins the next queue.
 */
public record VisitWait(List<Leg> services, List<String> toCome, int totalWaitMinutes, long currentTicketId) {
    /** One service of the visit: {@code waiting} while not yet called (its minutes still growing). */
    public record Leg(long ticketId, String service, int waitedMinutes, boolean waiting) {
    }
}

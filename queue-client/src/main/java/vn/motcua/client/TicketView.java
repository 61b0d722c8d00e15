package vn.motcua.client;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ticket as the API returns it. {@code ahead} and {@code estimatedWaitMinutes} are filled for
 * waiting tickets, {@code estimatedWaitRange} too when the server's forecaster has a forecast (it has none
 * for queues beyond a few thousand); {@code history} and {@code visit} only on GET /api/v1/tickets/{id}.
 */
public record TicketView(long id, String number, String service, Category category, TicketState state,
                         OffsetDateTime issuedAt, Integer ahead, Integer estimatedWaitMinutes, WaitRange estimatedWaitRange,
                         String statusUrl, Integer counter, int recalls, List<TicketEvent> history, VisitWait visit) {
    /** A view without the visit's waits (every answer but the ticket page's). */
    public TicketView(long id, String number, String service, Category category, TicketState state,
                      OffsetDateTime issuedAt, Integer ahead, Integer estimatedWaitMinutes, WaitRange estimatedWaitRange,
                      String statusUrl, Integer counter, int recalls, List<TicketEvent> history) {
        this(id, number, service, category, state, issuedAt, ahead, estimatedWaitMinutes, estimatedWaitRange, statusUrl,
                counter, recalls, history, null);
    }
}

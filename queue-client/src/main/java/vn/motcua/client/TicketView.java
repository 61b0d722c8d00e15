package vn.motcua.client;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ticket as the API returns it. {@code ahead} and {@code estimatedWaitMinutes} are filled for
 * waiting tickets, {@code estimatedWaitRange} too when the server's forecaster has a forecast (it has none
 * for queues beyond a few thousand); {@code history} only on GET /api/v1/tickets/{id}.
 */
public record TicketView(long id, String number, String service, Category category, TicketState state,
                         OffsetDateTime issuedAt, Integer ahead, Integer estimatedWaitMinutes, WaitRange estimatedWaitRange,
                         String statusUrl, Integer counter, int recalls, List<TicketEvent> history) {
}

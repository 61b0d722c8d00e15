package vn.motcua.client;

import java.time.OffsetDateTime;

/**
 * POST /api/v1/tickets/offline: a ticket a kiosk printed from its lease while the server was unreachable,
 * replayed with the time it was printed so it takes its place in the queue by arrival.
 */
public record OfflineTicketRequest(long leaseId, String number, Category category, OffsetDateTime issuedAt,
                                   String requestId) {
}

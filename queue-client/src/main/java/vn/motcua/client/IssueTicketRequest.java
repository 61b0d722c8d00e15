package vn.motcua.client;

import java.util.List;

/**
 * Body of POST /api/v1/tickets. {@code requestId} is optional: a kiosk that retries after a timeout
 * sends the same id and gets the same ticket back instead of a second one. {@code thenServices}, optional:
 * a visit with several procedures; after {@code service} the ticket goes on to each of these in turn,
 * keeping its number.
 */
public record IssueTicketRequest(String service, Category category, String requestId, List<String> thenServices) {
    public IssueTicketRequest(String service, Category category, String requestId) {
        this(service, category, requestId, null);
    }

    public IssueTicketRequest(String service, Category category) {
        this(service, category, null, null);
    }
}

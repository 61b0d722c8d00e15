package vn.motcua.client;

/**
 * Body of POST /api/v1/tickets. {@code requestId} is optional: a kiosk that retries after a timeout
 * sends the same id and gets the same ticket back instead of a second one.
 */
public record IssueTicketRequest(String service, Category category, String requestId) {
    public IssueTicketRequest(String service, Category category) {
        this(service, category, null);
    }
}

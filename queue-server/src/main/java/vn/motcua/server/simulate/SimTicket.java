package vn.motcua.server.simulate;

import vn.motcua.client.Category;

/**
 * One queue segment of a simulated day, as the server would have stored it: a transfer ends a segment and
 * starts another in the target service with {@code originId} and the original arrival. Times are epoch
 * millis; {@code calledAt}, {@code startedAt}, {@code endedAt} are -1 when the segment never got there.
 * {@code end}: DONE, NO_SHOW, TRANSFERRED or EXPIRED (still waiting at close).
 */
public record SimTicket(long id, long originId, String service, Category category, long arrivedAt, long issuedAt,
                        long calledAt, int counter, long officerId, long startedAt, long endedAt, String end) {
    public boolean called() {
        return calledAt >= 0;
    }

    public double waitMinutes() {
        return (calledAt - issuedAt) / 60_000.0;
    }
}

package vn.motcua.server.simulate;

import vn.motcua.client.Category;

/**
 * Where a simulated day's visitors queue and who calls them. {@link DaySimulation} decides who arrives when,
 * how long each visit takes, who does not show up and who is sent on to another service; the hall keeps the
 * queue and answers a counter's call: in memory by the call policy ({@link MemoryHall}: the bench, the demo's
 * history, the staffing check) or on a live server through its ordinary services ({@link ServerHall}:
 * {@code serve --demo --simulate}).
 */
public interface Hall {
    /** A visitor the hall called to a counter. */
    record Called(long ticketId, String service, Category category) {
    }

    /**
     * A visitor takes a number, or ({@code transferOf} > 0) the visit {@code transferOf} is sent on to
     * {@code service}. Returns the new segment's ticket id, or -1 when the hall refused.
     */
    long issue(String service, Category category, long arrivedAt, long transferOf, long now);

    /** The counter calls its next visitor; null when nobody waits for it. */
    Called call(DayPlan.CounterPlan counter, int prioritySinceNormal, long now);

    /** Whether visitors may join from outside the simulation, so an idle counter has to ask again now and then. */
    boolean live();

    default void opened(DayPlan.CounterPlan counter, long now) {
    }

    default void closed(DayPlan.CounterPlan counter, long now) {
    }

    /** The called visitor reached the counter (or, for a no-show, the officer called the number once more). */
    default void reached(long ticketId, DayPlan.CounterPlan counter, boolean recall, long now) {
    }

    /** The visit at the counter ended: DONE or NO_SHOW (a transfer goes through {@link #issue}). */
    default void ended(long ticketId, DayPlan.CounterPlan counter, String end, long now) {
    }
}

package vn.motcua.server.simulate;

import vn.motcua.client.Category;
import vn.motcua.server.forecast.QueueState;

/** What a day simulation tells an observer (a wait estimator under test, a recorder) as it goes. */
public interface SimulationListener {
    /** A ticket was just issued; {@code state} already holds it and no counter has called it yet. */
    default void issued(long ticketId, String service, Category category, long at, QueueState state) {
    }

    /** A counter is done with a ticket it called at {@code calledAt}; the pause before its next call follows. */
    default void ended(String service, long officerId, long calledAt, long endedAt) {
    }

    /** A counter called right after ending a ticket while people were waiting: the officer's pause. */
    default void paused(double minutes) {
    }
}

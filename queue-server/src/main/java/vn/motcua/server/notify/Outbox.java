package vn.motcua.server.notify;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * The delivery bookkeeping of an outbox table (the call-backs' {@code notification}, the manager's
 * {@code alert_message}: the same state, attempts, next_at, sent_at and last_error columns): one attempt at a
 * row, then SENT, or PENDING again after backoff × 2^(attempt − 1), or FAILED after the last attempt.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** One send to the far end; returns normally only when it accepted. */
    @FunctionalInterface
    interface Attempt {
        void send() throws DeliveryException;
    }

    private final String table;
    private final Database db;
    private final Clock clock;

    Outbox(String table, Database db, Clock clock) {
        this.table = table;
        this.db = db;
        this.clock = clock;
    }

    /** Tries row {@code id} once more ({@code attempts} made before); {@code what} names it in the log (no personal data). */
    void deliver(long id, int attempts, NotifySettings s, String what, Attempt attempt) {
        int n = attempts + 1;
        try {
            attempt.send();
            db.transaction(c -> Sql.update(c, "UPDATE " + table + " SET state = 'SENT', attempts = ?, sent_at = ?, "
                    + "last_error = NULL WHERE id = ?", n, clock.millis(), id));
        } catch (DeliveryException e) {
            Long retryAt = n >= s.maxAttempts() ? null : clock.millis() + s.backoffMillis(n);
            String error = e.getMessage().length() > 200 ? e.getMessage().substring(0, 200) : e.getMessage();
            db.transaction(c -> Sql.update(c, "UPDATE " + table + " SET state = ?, attempts = ?, next_at = COALESCE(?, next_at), "
                    + "last_error = ? WHERE id = ?", retryAt == null ? "FAILED" : "PENDING", n, retryAt, error, id));
            LOG.warn("{} failed (attempt {}): {}", what, n, e.getMessage());
        }
    }

    /** A row that cannot be sent any more (its channel was switched off, its contact is gone): DROPPED with why. */
    void drop(long id, String why) {
        db.transaction(c -> Sql.update(c, "UPDATE " + table + " SET state = 'DROPPED', last_error = ? WHERE id = ?", why, id));
    }
}

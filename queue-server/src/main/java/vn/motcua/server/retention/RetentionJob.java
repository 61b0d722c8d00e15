package vn.motcua.server.retention;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * Deletes personal data the centre no longer needs (Law 91/2025: kept only as long as the purpose
 * needs it): document images a kiosk uploaded for a dossier that was never submitted (after a day),
 * and, once a dossier's result has been returned and {@code dossierDays} have passed, the applicant's
 * number, name and declaration (the dossier's code, procedure, dates and status stay for the reports).
 * A citizen's document that a newer digitisation replaced, kept only for the dossiers submitted with it,
 * goes when the last of those dossiers has lost its personal data. A booking's phone number is needed
 * only until the appointment: it goes a day after the slot, or at once when the booking is cancelled; so does the HMAC and masked form of
 * the personal number it may carry.
 */
public final class RetentionJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    static final Duration ABANDONED_UPLOADS = Duration.ofDays(1);
    static final Duration BOOKING_PHONES = Duration.ofDays(1);
    static final String REMOVED_NUMBER = "000000000000";

    private final Database db;
    private final Clock clock;
    private final Duration dossierRetention;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "retention");
        t.setDaemon(true);
        return t;
    });

    public RetentionJob(Database db, Clock clock, int dossierDays) {
        if (dossierDays < 1) {
            throw new IllegalArgumentException("retention days must be at least 1, got " + dossierDays);
        }
        this.db = db;
        this.clock = clock;
        this.dossierRetention = Duration.ofDays(dossierDays);
    }

    public RetentionJob start() {
        timer.scheduleWithFixedDelay(this::runQuietly, 1, 60, TimeUnit.MINUTES);
        return this;
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.error("retention run failed: {}", e.toString());
        }
    }

    /** One pass; returns how many uploads and dossiers were cleared (counts only: never what they held). */
    public Result run() {
        long now = clock.millis();
        Result r = db.transaction(c -> {
            long uploadsBefore = now - ABANDONED_UPLOADS.toMillis();
            int parts = Sql.update(c, "DELETE FROM dossier_upload_part WHERE upload_id IN "
                    + "(SELECT id FROM dossier_upload WHERE used = 0 AND created_at < ?)", uploadsBefore);
            int uploads = Sql.update(c, "DELETE FROM dossier_upload WHERE used = 0 AND created_at < ?", uploadsBefore);
            int dossiers = Sql.update(c, "UPDATE dossier SET applicant_number = ?, applicant_name = '', declaration = '{}' "
                            + "WHERE status = 'RETURNED' AND received_at < ? AND applicant_number <> ?",
                    REMOVED_NUMBER, now - dossierRetention.toMillis(), REMOVED_NUMBER);
            Sql.update(c, "UPDATE dossier_document SET citizen_document_id = NULL WHERE citizen_document_id IN "
                    + "(SELECT id FROM citizen_document WHERE replaced_at IS NOT NULL) AND dossier_id IN "
                    + "(SELECT id FROM dossier WHERE applicant_number = ?)", REMOVED_NUMBER);
            int replaced = Sql.update(c, "DELETE FROM citizen_document WHERE replaced_at IS NOT NULL AND id NOT IN "
                    + "(SELECT citizen_document_id FROM dossier_document WHERE citizen_document_id IS NOT NULL)");
            int phones = Sql.update(c, "UPDATE booking SET phone = NULL, person_key = NULL, person_masked = NULL "
                    + "WHERE (phone IS NOT NULL OR person_key IS NOT NULL) "
                    + "AND (state = 'CANCELLED' OR slot_end < ?)", now - BOOKING_PHONES.toMillis());
            // a ticket's contact phone is for its own day's call-backs only
            phones += Sql.update(c, "DELETE FROM ticket_contact WHERE created_at < ?", now - BOOKING_PHONES.toMillis());
            // an identity typed at the counter serves that visit only
            Sql.update(c, "DELETE FROM counter_identity WHERE at < ?", now - BOOKING_PHONES.toMillis());
            return new Result(uploads, parts, dossiers, replaced, phones);
        });
        if (r.uploads() + r.dossiers() + r.replacedDocuments() + r.bookingPhones() > 0) {
            LOG.info("retention: {} abandoned uploads, the personal data of {} closed dossiers, {} replaced citizen "
                    + "documents and {} booking phone numbers deleted", r.uploads(), r.dossiers(), r.replacedDocuments(),
                    r.bookingPhones());
        }
        return r;
    }

    public record Result(int uploads, int parts, int dossiers, int replacedDocuments, int bookingPhones) {
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

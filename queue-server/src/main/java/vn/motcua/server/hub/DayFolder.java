package vn.motcua.server.hub;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.CentreTime;
import vn.motcua.server.report.DayTally;

/**
 * Folds centre-days that can no longer change much (two days old) into {@code centre_day}: their counts and their
 * visits packed ({@link PackedDays}). A day's dirty mark
 * is removed only if no batch re-marked it while the day was being replayed, so a late event is never lost
 * from the figures: it leaves the day dirty and the next round folds it again.
 */
public final class DayFolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DayFolder.class);
    private final HubDatabase db;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hub-day-folder");
        t.setDaemon(true);
        return t;
    });

    public DayFolder(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public DayFolder start(long periodSeconds) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int n;
                do {
                    n = foldSome(200);
                } while (n > 0);
            } catch (RuntimeException e) {
                LOG.warn("Folding centre days failed, retried next round: {}", e.getMessage());
            }
        }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        return this;
    }

    private record Dirty(int centre, String day, long mark) {
    }

    /** Folds up to {@code limit} dirty days; returns how many it folded. */
    public int foldSome(int limit) {
        String today = LocalDate.ofInstant(Instant.ofEpochMilli(clock.millis()), CentreTime.ZONE).toString();
        String last = LocalDate.parse(today).minusDays(2).toString();
        List<Dirty> dirty = db.read(c -> {
            List<Dirty> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT centre_id, service_day::text, mark FROM centre_day_dirty "
                    + "WHERE service_day <= ?::date ORDER BY service_day, centre_id LIMIT ?")) {
                s.setString(1, last);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Dirty(rs.getInt(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            return out;
        });
        int folded = 0;
        for (Dirty d : dirty) {
            PackedDays.Fold f = db.read(c -> PackedDays.fold(c, d.centre(), d.day(), today));
            DayTally t = f.tally();
            boolean done = db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM centre_day_dirty WHERE centre_id = ? "
                        + "AND service_day = ?::date AND mark = ?")) {
                    s.setInt(1, d.centre());
                    s.setString(2, d.day());
                    s.setLong(3, d.mark());
                    if (s.executeUpdate() == 0) {
                        return false;
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO centre_day (centre_id, service_day, visits, waited, "
                        + "wait_within, processed, proc_within, ratings, satisfied, received, no_shows, cancelled, officer_days, officers, facts) "
                        + "VALUES (?, ?::date, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (centre_id, service_day) DO UPDATE SET "
                        + "visits = EXCLUDED.visits, waited = EXCLUDED.waited, wait_within = EXCLUDED.wait_within, "
                        + "processed = EXCLUDED.processed, proc_within = EXCLUDED.proc_within, ratings = EXCLUDED.ratings, "
                        + "satisfied = EXCLUDED.satisfied, received = EXCLUDED.received, no_shows = EXCLUDED.no_shows, "
                        + "cancelled = EXCLUDED.cancelled, officer_days = EXCLUDED.officer_days, "
                        + "officers = EXCLUDED.officers, facts = EXCLUDED.facts")) {
                    s.setInt(1, d.centre());
                    s.setString(2, d.day());
                    int[] v = {t.visits(), t.waited(), t.waitWithin(), t.processed(), t.processingWithin(), t.ratings(),
                            t.satisfied(), t.received(), t.noShows(), t.cancelled(), t.officerDays()};
                    for (int i = 0; i < v.length; i++) {
                        s.setInt(3 + i, v[i]);
                    }
                    s.setString(3 + v.length, f.officers());
                    s.setBytes(4 + v.length, f.facts());
                    s.executeUpdate();
                }
                return true;
            });
            folded += done ? 1 : 0;
        }
        return folded;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package vn.motcua.server.hub;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** Centres folded at once: each streams its own events, so two keep PostgreSQL and the replay both busy. */
    private static final int WORKERS = 2;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "hub-day-fold-worker");
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

    /**
     * Folds up to {@code limit} dirty days, centre by centre, and returns how many it folded. Each centre's days are
     * folded in one pass over its events ({@link DayRangeFold}) and written in one transaction; centres are folded
     * on {@value #WORKERS} threads.
     */
    public int foldSome(int limit) {
        String today = LocalDate.ofInstant(Instant.ofEpochMilli(clock.millis()), CentreTime.ZONE).toString();
        String last = LocalDate.parse(today).minusDays(2).toString();
        Map<Integer, List<Dirty>> byCentre = db.read(c -> {
            Map<Integer, List<Dirty>> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT centre_id, service_day::text, mark FROM centre_day_dirty "
                    + "WHERE service_day <= ?::date ORDER BY centre_id, service_day LIMIT ?")) {
                s.setString(1, last);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new Dirty(rs.getInt(1), rs.getString(2),
                                rs.getLong(3)));
                    }
                }
            }
            return out;
        });
        List<Future<Integer>> done = new ArrayList<>();
        for (List<Dirty> days : byCentre.values()) {
            done.add(workers.submit(() -> foldCentre(days, today)));
        }
        int folded = 0;
        for (Future<Integer> f : done) {
            try {
                folded += f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while folding centre days", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return folded;
    }

    /** Folds one centre's dirty days (ascending) and writes those whose mark no batch changed meanwhile. */
    private int foldCentre(List<Dirty> dirty, String today) {
        int centre = dirty.get(0).centre();
        Map<String, PackedDays.Fold> folds = db.read(c -> DayRangeFold.fold(c, centre, dirty.stream().map(Dirty::day).toList(),
                today));
        return db.transaction(c -> {
            List<String> kept = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("DELETE FROM centre_day_dirty d USING unnest(?::date[], ?::int8[]) "
                    + "AS m(day, mark) WHERE d.centre_id = ? AND d.service_day = m.day AND d.mark = m.mark "
                    + "RETURNING d.service_day::text")) {
                s.setArray(1, c.createArrayOf("date", dirty.stream().map(Dirty::day).toArray()));
                s.setArray(2, c.createArrayOf("int8", dirty.stream().map(Dirty::mark).toArray()));
                s.setInt(3, centre);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        kept.add(rs.getString(1));
                    }
                }
            }
            if (kept.isEmpty()) {
                return 0;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO centre_day (centre_id, service_day, visits, waited, "
                    + "wait_within, processed, proc_within, ratings, satisfied, received, no_shows, cancelled, officer_days, officers, facts) "
                    + "VALUES (?, ?::date, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (centre_id, service_day) DO UPDATE SET "
                    + "visits = EXCLUDED.visits, waited = EXCLUDED.waited, wait_within = EXCLUDED.wait_within, "
                    + "processed = EXCLUDED.processed, proc_within = EXCLUDED.proc_within, ratings = EXCLUDED.ratings, "
                    + "satisfied = EXCLUDED.satisfied, received = EXCLUDED.received, no_shows = EXCLUDED.no_shows, "
                    + "cancelled = EXCLUDED.cancelled, officer_days = EXCLUDED.officer_days, "
                    + "officers = EXCLUDED.officers, facts = EXCLUDED.facts")) {
                for (String day : kept) {
                    PackedDays.Fold f = folds.get(day);
                    DayTally t = f.tally();
                    s.setInt(1, centre);
                    s.setString(2, day);
                    int[] v = {t.visits(), t.waited(), t.waitWithin(), t.processed(), t.processingWithin(), t.ratings(),
                            t.satisfied(), t.received(), t.noShows(), t.cancelled(), t.officerDays()};
                    for (int i = 0; i < v.length; i++) {
                        s.setInt(3 + i, v[i]);
                    }
                    s.setString(3 + v.length, f.officers());
                    s.setBytes(4 + v.length, f.facts());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return kept.size();
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}

package vn.motcua.server.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.motcua.client.CentreTime;
import vn.motcua.client.upstream.DossierFact;
import vn.motcua.client.upstream.QueueFact;
import vn.motcua.client.upstream.RatingFact;
import vn.motcua.client.upstream.ServiceFact;
import vn.motcua.client.upstream.UpstreamAck;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.client.upstream.UpstreamKind;
import vn.motcua.server.dossier.DueDay;
import vn.motcua.server.http.ApiException;

/**
 * Stores the centres' batches: each kind of fact with one INSERT over arrays ({@code unnest}) and
 * {@code ON CONFLICT DO NOTHING} on (centre, outbox id), so a batch sent twice is stored once; the kinds and the
 * centres' contact go to PostgreSQL as one statement. Batches that arrive together share one transaction
 * ({@link GroupCommit}); each acknowledgement is built only after that transaction's commit returned.
 */
public final class IngestService implements AutoCloseable {
    /** Groups written at once: two overlap one group's COMMIT (WAL flush) with the next group's statement. */
    static final int WRITERS = 2;
    private final HubDatabase db;
    private final Clock clock;
    private final LiveBoard live;
    /** (centre, day) of today already marked for folding by this process; a restart marks again (a no-op). */
    private final java.util.Set<String> markedToday = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final GroupCommit<Stored> writer = new GroupCommit<>(WRITERS, this::store);

    public IngestService(HubDatabase db, Clock clock, LiveBoard live) {
        this.db = db;
        this.clock = clock;
        this.live = live;
    }

    /** What one batch's share of a group's transaction stored, and the centre's highest stored id after it. */
    private record Stored(int stored, long lastId) {
    }

    /** One event of a group, with the centre that sent it. */
    private record Row(int centre, UpstreamEvent event) {
    }

    public UpstreamAck ingest(HubCentre centre, UpstreamBatch batch) {
        long now = clock.millis();
        String problem = BatchCheck.problem(batch, now);
        if (problem != null) {
            throw ApiException.badRequest("invalid_batch", problem);
        }
        List<UpstreamEvent> events = batch.events();
        Stored stored = writer.submit(centre, events, now);
        live.applied(centre, events, now);
        long acknowledged = events.isEmpty() ? stored.lastId() : events.get(events.size() - 1).id();
        return new UpstreamAck(acknowledged, stored.stored(), events.size() - stored.stored());
    }

    /** One group in one transaction; the results in the group's order. */
    private List<Stored> store(List<GroupCommit.Pending<Stored>> group) {
        List<Row> rows = new ArrayList<>();
        for (GroupCommit.Pending<Stored> p : group) {
            for (UpstreamEvent e : p.events()) {
                rows.add(new Row(p.centre().id(), e));
            }
        }
        List<String> marked = new ArrayList<>();
        List<Stored> out = db.transaction(c -> {
            Map<Integer, Integer> stored = new HashMap<>();
            Map<Integer, Long> lastIds = factsAndContact(c, rows, group, stored);
            services(c, rows, stored);
            for (GroupCommit.Pending<Stored> p : group) {
                refold(c, p.centre().id(), p.events(), LocalDate.ofInstant(java.time.Instant.ofEpochMilli(p.now()), CentreTime.ZONE)
                        .toString(), marked);
            }
            List<Stored> results = new ArrayList<>();
            for (GroupCommit.Pending<Stored> p : group) {
                results.add(new Stored(stored.getOrDefault(p.centre().id(), 0), lastIds.get(p.centre().id())));
            }
            return results;
        });
        markedToday.addAll(marked); // only once committed: a rolled-back mark is written again next time
        return out;
    }

    /**
     * The group's queue events, ratings and dossier facts and each centre's contact (highest stored id, newest event
     * time, last contact) in one statement of data-modifying CTEs, so a group costs two round trips to PostgreSQL (this
     * and COMMIT) instead of four: on a loaded host each round trip waits for both processes to be scheduled. Counts the
     * rows stored per centre into {@code stored}; returns each centre's highest stored id.
     */
    private static Map<Integer, Long> factsAndContact(Connection c, List<Row> rows, List<GroupCommit.Pending<Stored>> group,
            Map<Integer, Integer> stored) throws SQLException {
        Map<Integer, Long> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(FACTS_AND_CONTACT)) {
            int next = bindArrays(c, s, 1, queue(of(rows, UpstreamKind.QUEUE)));
            next = bindArrays(c, s, next, ratings(of(rows, UpstreamKind.RATING)));
            next = bindArrays(c, s, next, dossiers(of(rows, UpstreamKind.DOSSIER)));
            bindArrays(c, s, next, contact(group));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getLong(2));
                    if (rs.getInt(3) > 0) {
                        stored.merge(rs.getInt(1), rs.getInt(3), Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    /** Each kind's rows from arrays ({@code unnest}, empty when the group has none); a row already stored is skipped. */
    private static final String FACTS_AND_CONTACT = "WITH q AS (INSERT INTO queue_event (centre_id, id, event_id, type, at, "
            + "service_day, ticket_id, number, service, category, state, counter, counter_state, officer, recalls, detail) "
            + "SELECT u.* FROM unnest(?::int[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::date[], ?::bigint[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::bigint[], ?::int[], ?::text[]) AS u "
            + "ON CONFLICT DO NOTHING RETURNING centre_id), "
            + "r AS (INSERT INTO rating_fact (centre_id, id, at, service_day, ticket_id, counter, officer, score, reasons) "
            + "SELECT u.* FROM unnest(?::int[], ?::bigint[], ?::bigint[], ?::date[], ?::bigint[], ?::int[], ?::bigint[], "
            + "?::text[], ?::text[]) AS u ON CONFLICT DO NOTHING RETURNING centre_id), "
            + "d AS (INSERT INTO dossier_fact (centre_id, id, at, service_day, code, service, procedure, status, due_at, due_end) "
            + "SELECT u.* FROM unnest(?::int[], ?::bigint[], ?::bigint[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::bigint[], ?::bigint[]) AS u ON CONFLICT DO NOTHING RETURNING centre_id), "
            + "seen AS (UPDATE centre k SET last_id = GREATEST(k.last_id, u.last), "
            + "last_event_at = GREATEST(COALESCE(k.last_event_at, 0), u.max_at), last_contact_at = u.now "
            + "FROM unnest(?::int[], ?::bigint[], ?::bigint[], ?::bigint[]) AS u(id, last, max_at, now) WHERE k.id = u.id "
            + "RETURNING k.id, k.last_id), "
            + "n AS (SELECT centre_id, count(*) AS stored FROM (SELECT centre_id FROM q UNION ALL SELECT centre_id FROM r "
            + "UNION ALL SELECT centre_id FROM d) x GROUP BY centre_id) "
            + "SELECT seen.id, seen.last_id, COALESCE(n.stored, 0) FROM seen LEFT JOIN n ON n.centre_id = seen.id";

    /** Per centre of the group: id, its batch's last outbox id, newest event time, arrival. */
    private static Object[][] contact(List<GroupCommit.Pending<Stored>> group) {
        int n = group.size();
        Object[][] cols = new Object[4][n];
        for (int i = 0; i < n; i++) {
            GroupCommit.Pending<Stored> p = group.get(i);
            List<UpstreamEvent> events = p.events();
            cols[0][i] = p.centre().id();
            cols[1][i] = events.isEmpty() ? 0 : events.get(events.size() - 1).id();
            cols[2][i] = events.stream().mapToLong(UpstreamEvent::at).max().orElse(0);
            cols[3][i] = p.now();
        }
        return cols;
    }

    private static Object[][] queue(List<Row> rows) {
        int n = rows.size();
        Object[][] cols = new Object[16][n];
        for (int i = 0; i < n; i++) {
            UpstreamEvent e = rows.get(i).event();
            QueueFact q = e.queue();
            Object[] v = {rows.get(i).centre(), e.id(), q.eventId(), q.type(), e.at(), e.serviceDay(), q.ticketId(), q.number(),
                q.service(), q.category(), q.state(), q.counter(), q.counterState(), q.officer(), q.recalls(), q.detail()};
            for (int k = 0; k < v.length; k++) {
                cols[k][i] = v[k];
            }
        }
        return cols;
    }

    private static Object[][] ratings(List<Row> rows) {
        int n = rows.size();
        Object[][] cols = new Object[9][n];
        for (int i = 0; i < n; i++) {
            UpstreamEvent e = rows.get(i).event();
            RatingFact r = e.rating();
            Object[] v = {rows.get(i).centre(), e.id(), e.at(), e.serviceDay(), r.ticketId(), r.counter(), r.officer(), r.score(),
                r.reasons() == null || r.reasons().isEmpty() ? null : String.join(",", r.reasons())};
            for (int k = 0; k < v.length; k++) {
                cols[k][i] = v[k];
            }
        }
        return cols;
    }

    private static Object[][] dossiers(List<Row> rows) {
        int n = rows.size();
        Object[][] cols = new Object[10][n];
        for (int i = 0; i < n; i++) {
            UpstreamEvent e = rows.get(i).event();
            DossierFact d = e.dossier();
            Object[] v = {rows.get(i).centre(), e.id(), e.at(), e.serviceDay(), d.code(), d.service(), d.procedure(), d.status(),
                d.dueAt(), d.dueAt() == null ? null : DueDay.end(d.dueAt())};
            for (int k = 0; k < v.length; k++) {
                cols[k][i] = v[k];
            }
        }
        return cols;
    }

    /** The newest definition of a service wins; an older or repeated one changes nothing. */
    private static void services(Connection c, List<Row> rows, Map<Integer, Integer> stored) throws SQLException {
        for (Row row : of(rows, UpstreamKind.SERVICE)) {
            UpstreamEvent e = row.event();
            int centre = row.centre();
            ServiceFact f = e.service();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO service_fact (centre_id, code, id, name_vi, name_en, "
                    + "target_wait, target_processing) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (centre_id, code) DO UPDATE SET "
                    + "id = EXCLUDED.id, name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, target_wait = EXCLUDED.target_wait, "
                    + "target_processing = EXCLUDED.target_processing WHERE service_fact.id < EXCLUDED.id")) {
                s.setInt(1, centre);
                s.setString(2, f.code());
                s.setLong(3, e.id());
                s.setString(4, f.nameVi());
                s.setString(5, f.nameEn());
                s.setInt(6, f.targetWaitMin());
                s.setInt(7, f.targetProcessingMin());
                stored.merge(centre, s.executeUpdate(), Integer::sum);
            }
        }
    }

    /**
     * Days that got events lose their fold and are marked (anew) for folding; a day's visits are followed into
     * the next day, so the day before each one too. Today and yesterday cannot be folded (the folder takes days
     * two days old), so their mark is written once per centre and process, not in every batch: a live centre's
     * every batch names today and so yesterday, and rewriting that mark cost two statements per batch.
     */
    private void refold(Connection c, int centre, List<UpstreamEvent> events, String today, List<String> marked)
            throws SQLException {
        TreeSet<String> days = new TreeSet<>();
        for (UpstreamEvent e : events) {
            if (e.kind() == UpstreamKind.QUEUE || e.kind() == UpstreamKind.RATING) {
                days.add(e.serviceDay());
                days.add(LocalDate.parse(e.serviceDay()).minusDays(1).toString());
            }
        }
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        List<String> past = new ArrayList<>();
        for (String day : days) {
            if (day.compareTo(yesterday) < 0) {
                past.add(day);
            } else if (!markedToday.contains(centre + "|" + day)) {
                mark(c, centre, List.of(day));
                marked.add(centre + "|" + day);
            }
        }
        if (past.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM centre_day WHERE centre_id = ? AND service_day = ANY(?::date[])")) {
            s.setInt(1, centre);
            s.setArray(2, c.createArrayOf("text", past.toArray()));
            s.executeUpdate();
        }
        mark(c, centre, past);
    }

    private static void mark(Connection c, int centre, List<String> days) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO centre_day_dirty (centre_id, service_day) "
                + "SELECT ?, d FROM unnest(?::date[]) AS d ON CONFLICT (centre_id, service_day) "
                + "DO UPDATE SET mark = nextval('centre_day_mark')")) {
            s.setInt(1, centre);
            s.setArray(2, c.createArrayOf("text", days.toArray()));
            s.executeUpdate();
        }
    }

    private static List<Row> of(List<Row> rows, UpstreamKind kind) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.event().kind() == kind) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public void close() {
        writer.close();
    }

    /** Every column as a text array: the statement casts each to its type, and null stays null; returns the next index. */
    private static int bindArrays(Connection c, PreparedStatement s, int first, Object[][] columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            String[] text = new String[columns[i].length];
            for (int j = 0; j < text.length; j++) {
                text[j] = columns[i][j] == null ? null : columns[i][j].toString();
            }
            s.setArray(first + i, c.createArrayOf("text", text));
        }
        return first + columns.length;
    }
}

package vn.motcua.server.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Stores a centre's batch in one transaction, each kind of fact with one INSERT over arrays
 * ({@code unnest}) and {@code ON CONFLICT DO NOTHING} on (centre, outbox id): a batch sent twice is stored
 * once, and the acknowledgement is built only after the commit returned.
 */
public final class IngestService {
    private final HubDatabase db;
    private final Clock clock;
    private final LiveBoard live;
    /** (centre, day) of today already marked for folding by this process; a restart marks again (a no-op). */
    private final java.util.Set<String> markedToday = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public IngestService(HubDatabase db, Clock clock, LiveBoard live) {
        this.db = db;
        this.clock = clock;
        this.live = live;
    }

    public UpstreamAck ingest(HubCentre centre, UpstreamBatch batch) {
        long now = clock.millis();
        String problem = BatchCheck.problem(batch, now);
        if (problem != null) {
            throw ApiException.badRequest("invalid_batch", problem);
        }
        List<UpstreamEvent> events = batch.events();
        int[] stored = new int[1];
        List<String> marked = new ArrayList<>();
        long lastId = db.transaction(c -> {
            stored[0] = queue(c, centre.id(), events) + ratings(c, centre.id(), events) + dossiers(c, centre.id(), events)
                    + services(c, centre.id(), events);
            refold(c, centre.id(), events, LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), CentreTime.ZONE).toString(),
                    marked);
            long maxAt = events.stream().mapToLong(UpstreamEvent::at).max().orElse(0);
            try (PreparedStatement s = c.prepareStatement("UPDATE centre SET last_id = GREATEST(last_id, ?), "
                    + "last_event_at = GREATEST(COALESCE(last_event_at, 0), ?), last_contact_at = ? WHERE id = ? RETURNING last_id")) {
                s.setLong(1, events.isEmpty() ? 0 : events.get(events.size() - 1).id());
                s.setLong(2, maxAt);
                s.setLong(3, now);
                s.setInt(4, centre.id());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        markedToday.addAll(marked); // only once committed: a rolled-back mark is written again next time
        live.applied(centre, events, now);
        long acknowledged = events.isEmpty() ? lastId : events.get(events.size() - 1).id();
        return new UpstreamAck(acknowledged, stored[0], events.size() - stored[0]);
    }

    private static int queue(Connection c, int centre, List<UpstreamEvent> events) throws SQLException {
        List<UpstreamEvent> rows = of(events, UpstreamKind.QUEUE);
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Long[] id = new Long[n];
        Long[] eventId = new Long[n];
        String[] type = new String[n];
        Long[] at = new Long[n];
        String[] day = new String[n];
        Long[] ticket = new Long[n];
        String[] number = new String[n];
        String[] service = new String[n];
        String[] category = new String[n];
        String[] state = new String[n];
        Integer[] counter = new Integer[n];
        String[] counterState = new String[n];
        Long[] officer = new Long[n];
        Integer[] recalls = new Integer[n];
        String[] detail = new String[n];
        for (int i = 0; i < n; i++) {
            UpstreamEvent e = rows.get(i);
            QueueFact q = e.queue();
            id[i] = e.id();
            eventId[i] = q.eventId();
            type[i] = q.type();
            at[i] = e.at();
            day[i] = e.serviceDay();
            ticket[i] = q.ticketId();
            number[i] = q.number();
            service[i] = q.service();
            category[i] = q.category();
            state[i] = q.state();
            counter[i] = q.counter();
            counterState[i] = q.counterState();
            officer[i] = q.officer();
            recalls[i] = q.recalls();
            detail[i] = q.detail();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO queue_event (centre_id, id, event_id, type, at, service_day, "
                + "ticket_id, number, service, category, state, counter, counter_state, officer, recalls, detail) "
                + "SELECT ?, u.* FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::date[], ?::bigint[], ?::text[], "
                + "?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::bigint[], ?::int[], ?::text[]) AS u "
                + "ON CONFLICT DO NOTHING")) {
            s.setInt(1, centre);
            Object[][] columns = {id, eventId, type, at, day, ticket, number, service, category, state, counter, counterState,
                    officer, recalls, detail};
            bindArrays(c, s, 2, columns);
            return s.executeUpdate();
        }
    }

    private static int ratings(Connection c, int centre, List<UpstreamEvent> events) throws SQLException {
        List<UpstreamEvent> rows = of(events, UpstreamKind.RATING);
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Object[][] cols = new Object[8][n];
        for (int i = 0; i < n; i++) {
            UpstreamEvent e = rows.get(i);
            RatingFact r = e.rating();
            cols[0][i] = e.id();
            cols[1][i] = e.at();
            cols[2][i] = e.serviceDay();
            cols[3][i] = r.ticketId();
            cols[4][i] = r.counter();
            cols[5][i] = r.officer();
            cols[6][i] = r.score();
            cols[7][i] = r.reasons() == null || r.reasons().isEmpty() ? null : String.join(",", r.reasons());
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rating_fact (centre_id, id, at, service_day, ticket_id, counter, "
                + "officer, score, reasons) SELECT ?, u.* FROM unnest(?::bigint[], ?::bigint[], ?::date[], ?::bigint[], ?::int[], "
                + "?::bigint[], ?::text[], ?::text[]) AS u ON CONFLICT DO NOTHING")) {
            s.setInt(1, centre);
            bindArrays(c, s, 2, cols);
            return s.executeUpdate();
        }
    }

    private static int dossiers(Connection c, int centre, List<UpstreamEvent> events) throws SQLException {
        List<UpstreamEvent> rows = of(events, UpstreamKind.DOSSIER);
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Object[][] cols = new Object[9][n];
        for (int i = 0; i < n; i++) {
            UpstreamEvent e = rows.get(i);
            DossierFact d = e.dossier();
            cols[0][i] = e.id();
            cols[1][i] = e.at();
            cols[2][i] = e.serviceDay();
            cols[3][i] = d.code();
            cols[4][i] = d.service();
            cols[5][i] = d.procedure();
            cols[6][i] = d.status();
            cols[7][i] = d.dueAt();
            cols[8][i] = d.dueAt() == null ? null : DueDay.end(d.dueAt());
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dossier_fact (centre_id, id, at, service_day, code, service, "
                + "procedure, status, due_at, due_end) SELECT ?, u.* FROM unnest(?::bigint[], ?::bigint[], ?::date[], ?::text[], "
                + "?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[]) AS u ON CONFLICT DO NOTHING")) {
            s.setInt(1, centre);
            bindArrays(c, s, 2, cols);
            return s.executeUpdate();
        }
    }

    /** The newest definition of a service wins; an older or repeated one changes nothing. */
    private static int services(Connection c, int centre, List<UpstreamEvent> events) throws SQLException {
        int stored = 0;
        for (UpstreamEvent e : of(events, UpstreamKind.SERVICE)) {
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
                stored += s.executeUpdate();
            }
        }
        return stored;
    }

    /**
     * Days that got events lose their fold and are marked (anew) for folding; a day's visits are followed into
     * the next day, so the day before each one too. Today cannot be folded (the folder takes days two days
     * old), so today's mark is written once per centre and process, not in every batch.
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
        List<String> past = new ArrayList<>();
        for (String day : days) {
            if (day.compareTo(today) < 0) {
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

    private static List<UpstreamEvent> of(List<UpstreamEvent> events, UpstreamKind kind) {
        List<UpstreamEvent> out = new ArrayList<>();
        for (UpstreamEvent e : events) {
            if (e.kind() == kind) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every column as a text array: the statement casts each to its type, and null stays null. */
    private static void bindArrays(Connection c, PreparedStatement s, int first, Object[][] columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            String[] text = new String[columns[i].length];
            for (int j = 0; j < text.length; j++) {
                text[j] = columns[i][j] == null ? null : columns[i][j].toString();
            }
            s.setArray(first + i, c.createArrayOf("text", text));
        }
    }
}

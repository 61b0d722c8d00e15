package vn.motcua.server.hub;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.client.CentreTime;
import vn.motcua.client.EventType;
import vn.motcua.client.upstream.QueueFact;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.client.upstream.UpstreamKind;
import vn.motcua.server.report.VisitReplay;
import vn.motcua.server.storage.Sql;

/**
 * Every centre's queue as it stands now, kept in memory from the events as they are committed (and rebuilt
 * from today's stored events at start), so the province page can poll 170 centres without a query per
 * centre. Events that arrive out of order are already in the store; the live picture skips them.
 */
public final class LiveBoard {
    private final Clock clock;
    private final Map<Integer, CentreLive> centres = new ConcurrentHashMap<>();

    public LiveBoard(Clock clock) {
        this.clock = clock;
    }

    /** One centre now: waiting tickets with their wait start, counters and their state, today's visits. */
    static final class CentreLive {
        String day = "";
        final Map<Long, Long> waitStart = new HashMap<>();
        final Map<Long, String> serviceOf = new HashMap<>();
        final Map<Long, Long> waiting = new HashMap<>();
        final Map<Integer, String> counters = new HashMap<>();
        final List<Long> help = new ArrayList<>();
        int visitsToday;
        long lastApplied;
        Long lastEventAt;
        Long lastContactAt;
    }

    /** What {@code GET /hub/v1/centres} shows of one centre. */
    public record Now(int waitingNow, Double longestWaitMinutes, int countersOpen, int visitsToday, Long lastEventAt,
                      Long lastContactAt, int helpRequests, Map<String, Long> oldestByService) {
    }

    /** Loads today's stored events and the centres' last contact. */
    public void rebuild(HubDatabase db) {
        String today = today();
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, last_event_at, last_contact_at FROM centre");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CentreLive live = centres.computeIfAbsent(rs.getInt(1), k -> new CentreLive());
                    long e = rs.getLong(2);
                    live.lastEventAt = rs.wasNull() ? null : e;
                    long t = rs.getLong(3);
                    live.lastContactAt = rs.wasNull() ? null : t;
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT centre_id, id, type, at, service_day::text, ticket_id, service, "
                    + "category, state, counter, counter_state, detail FROM queue_event WHERE service_day >= ?::date "
                    + "ORDER BY centre_id, id")) {
                s.setString(1, LocalDate.parse(today).minusDays(1).toString());
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        CentreLive live = centres.computeIfAbsent(rs.getInt(1), k -> new CentreLive());
                        Long ticketId = Sql.longOrNull(rs, 6);
                        Integer counterNumber = Sql.intOrNull(rs, 10);
                        synchronized (live) {
                            apply(live, rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), ticketId, rs.getString(7),
                                    rs.getString(8), rs.getString(9), counterNumber, rs.getString(11), rs.getString(12));
                        }
                    }
                }
            }
            return null;
        });
    }

    /** Called after a batch committed. */
    void applied(HubCentre centre, List<UpstreamEvent> events, long now) {
        CentreLive live = centres.computeIfAbsent(centre.id(), k -> new CentreLive());
        synchronized (live) {
            live.lastContactAt = now;
            for (UpstreamEvent e : events) {
                live.lastEventAt = live.lastEventAt == null ? e.at() : Math.max(live.lastEventAt, e.at());
                if (e.kind() == UpstreamKind.QUEUE) {
                    QueueFact q = e.queue();
                    apply(live, e.id(), q.type(), e.at(), e.serviceDay(), q.ticketId(), q.service(), q.category(), q.state(),
                            q.counter(), q.counterState(), q.detail());
                }
            }
        }
    }

    private static void apply(CentreLive live, long id, String type, long at, String day, Long ticket, String service,
                              String category, String state, Integer counter, String counterState, String detail) {
        if (id <= live.lastApplied) {
            return;
        }
        live.lastApplied = id;
        if (day.compareTo(live.day) > 0) {
            live.day = day;
            live.waitStart.clear();
            live.serviceOf.clear();
            live.waiting.clear();
            live.help.clear();
            live.visitsToday = 0;
        } else if (day.compareTo(live.day) < 0) {
            return;
        }
        if (EventType.COUNTER_CHANGED.is(type) && counter != null && counterState != null) {
            live.counters.put(counter, counterState);
            return;
        }
        if (EventType.HELP_REQUESTED.is(type)) {
            live.help.add(at);
            return;
        }
        if (ticket == null) {
            return;
        }
        if (EventType.TICKET_ISSUED.is(type)) {
            long start = at;
            if (detail != null && detail.startsWith(VisitReplay.SLOT_PREFIX) && "APPOINTMENT".equals(category)) {
                start = Math.max(at, Long.parseLong(detail.substring(VisitReplay.SLOT_PREFIX.length())));
            }
            if (detail == null || !detail.startsWith(VisitReplay.TRANSFER_PREFIX)) {
                live.visitsToday++;
            }
            live.waitStart.put(ticket, start);
            live.serviceOf.put(ticket, service);
        }
        Long start = live.waitStart.get(ticket);
        if ("WAITING".equals(state) && start != null) {
            live.waiting.put(ticket, start);
        } else {
            live.waiting.remove(ticket);
        }
    }

    public Now now(HubCentre centre) {
        CentreLive live = centres.get(centre.id());
        if (live == null) {
            return new Now(0, null, 0, 0, null, null, 0, Map.of());
        }
        long now = clock.millis();
        synchronized (live) {
            boolean current = live.day.equals(today());
            long oldest = Long.MAX_VALUE;
            Map<String, Long> oldestByService = new HashMap<>();
            if (current) {
                for (Map.Entry<Long, Long> w : live.waiting.entrySet()) {
                    oldest = Math.min(oldest, w.getValue());
                    oldestByService.merge(String.valueOf(live.serviceOf.get(w.getKey())), w.getValue(), Math::min);
                }
            }
            int open = (int) live.counters.values().stream().filter(s -> !"CLOSED".equals(s)).count();
            int help = (int) live.help.stream().filter(t -> now - t <= 15 * 60_000L).count();
            return new Now(current ? live.waiting.size() : 0,
                    oldest == Long.MAX_VALUE ? null : Math.round(Math.max(0, now - oldest) / 600.0) / 100.0, open,
                    current ? live.visitsToday : 0, live.lastEventAt, live.lastContactAt, current ? help : 0, oldestByService);
        }
    }

    private String today() {
        return LocalDate.ofInstant(Instant.ofEpochMilli(clock.millis()), CentreTime.ZONE).toString();
    }
}

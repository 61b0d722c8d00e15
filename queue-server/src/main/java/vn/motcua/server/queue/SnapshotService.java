package vn.motcua.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.CallView;
import vn.motcua.client.CentreTime;
import vn.motcua.client.CounterStatus;
import vn.motcua.client.EventType;
import vn.motcua.client.QueueEvent;
import vn.motcua.client.QueueSnapshot;
import vn.motcua.client.ServiceQueue;
import vn.motcua.server.counter.Counter;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.event.EventLog;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.ServiceDay;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketStore;

/** The public picture of the queue for boards, kiosks and phones. Numbers only; no personal data. */
public final class SnapshotService {
    private static final int LAST_CALLS = 12;
    private final Database db;
    private final Clock clock;
    private final ServiceStore services;
    private final CounterStore counters;
    private final TicketStore tickets;
    private final EventLog events;
    private final WaitEstimator estimator;
    private final CentreSettings centre;
    private final vn.motcua.server.forecast.WaitForecasts forecasts;

    public SnapshotService(Database db, Clock clock, ServiceStore services, CounterStore counters, TicketStore tickets,
                           EventLog events, WaitEstimator estimator, CentreSettings centre,
                           vn.motcua.server.forecast.WaitForecasts forecasts) {
        this.forecasts = forecasts;
        this.db = db;
        this.clock = clock;
        this.services = services;
        this.counters = counters;
        this.tickets = tickets;
        this.events = events;
        this.estimator = estimator;
        this.centre = centre;
    }

    private int naive(java.sql.Connection c, ServiceDef s, int waiting, List<Counter> all) {
        try {
            return estimator.minutes(c, s, waiting, all);
        } catch (java.sql.SQLException e) {
            throw new vn.motcua.server.storage.StorageException("Database error: " + e.getMessage(), e);
        }
    }

    public QueueSnapshot snapshot() {
        return db.read(c -> {
            long now = clock.millis();
            List<Counter> allCounters = counters.all(c);
            Map<String, Integer> waiting = waitingPerService(c);
            List<ServiceQueue> perService = new ArrayList<>();
            for (ServiceDef s : services.all(c)) {
                int n = waiting.getOrDefault(s.code(), 0);
                var forecast = forecasts.forArrival(s.code(), vn.motcua.client.Category.NORMAL, now);
                perService.add(new ServiceQueue(s.code(), s.nameVi(), s.nameEn(), n,
                        forecast.map(f -> (int) Math.round(f.central())).orElseGet(() -> naive(c, s, n, allCounters)),
                        forecast.map(f -> new vn.motcua.client.WaitRange((int) Math.floor(f.low()),
                                (int) Math.ceil(f.high()))).orElse(null)));
            }
            List<CounterStatus> perCounter = new ArrayList<>();
            for (Counter k : allCounters) {
                Ticket current = k.currentTicketId() == null ? null : tickets.find(c, k.currentTicketId()).orElse(null);
                perCounter.add(new CounterStatus(k.number(), k.state().name(), k.services(), k.priority(),
                        current == null ? null : current.number(), current == null ? null : current.id(),
                        current == null ? null : current.state().name()));
            }
            List<CallView> calls = new ArrayList<>();
            for (QueueEvent e : events.lastCalls(c, ServiceDay.of(now), LAST_CALLS)) {
                calls.add(new CallView(e.ticketId(), e.number(), e.counter(), e.service(), e.at(),
                        EventType.TICKET_RECALLED.is(e.type())));
            }
            return new QueueSnapshot(centre.name(c), Instant.ofEpochMilli(now).atZone(CentreTime.ZONE).toOffsetDateTime(),
                    events.lastId(c), perService, perCounter, calls);
        });
    }

    /**
     * From the totals the triggers keep (V7), not the waiting rows: boards poll this, and reading tens of
     * thousands of tickets on every poll made its cost grow with the queue.
     */
    static Map<String, Integer> waitingPerService(Connection c) throws SQLException {
        Map<String, Integer> waiting = new HashMap<>();
        for (var row : Sql.list(c, "SELECT service_code, SUM(n) FROM waiting_count GROUP BY service_code",
                rs -> Map.entry(rs.getString(1), rs.getInt(2)))) {
            waiting.put(row.getKey(), row.getValue());
        }
        return waiting;
    }
}

package vn.motcua.server.forecast;

import vn.motcua.client.CentreTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.server.counter.Counter;
import vn.motcua.server.counter.CounterState;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.ServiceDay;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketStore;

/**
 * Keeps the latest {@link WaitForecast} of the centre, made off the ticket path: on a timer and shortly after
 * queue events, from the store's read connections. A ticket then costs a map look-up and a few additions
 * ({@link #estimate}), whatever the queue's length.
 */
public final class ForecastService implements WaitForecasts, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastService.class);
    private static final int HISTORY_DAYS = 14;
    private static final long PERIOD_MILLIS = 5_000;
    private static final long EVENT_DELAY_MILLIS = 300;
    private static final int REPLAYS = 40;

    private final Database db;
    private final Clock clock;
    private final ServiceStore services;
    private final CounterStore counters;
    private final TicketStore tickets;
    private final WaitForecaster forecaster;
    private final WorkingHours hours;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wait-forecast");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    /** Tickets issued since the forecast, per service, all and priority only: they go ahead of later ones. */
    private final Map<String, AtomicInteger[]> issuedSince = new ConcurrentHashMap<>();
    private volatile WaitForecast latest = WaitForecast.empty(0);

    public ForecastService(Database db, Clock clock, ServiceStore services, CounterStore counters, TicketStore tickets,
                           CallPolicy policy, WorkingHours hours) {
        this.db = db;
        this.clock = clock;
        this.services = services;
        this.counters = counters;
        this.tickets = tickets;
        this.forecaster = new WaitForecaster(policy, REPLAYS);
        this.hours = hours;
    }

    public ForecastService start() {
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        // The scoring job: estimates of visits called since are compared with the call, once a minute.
        timer.scheduleWithFixedDelay(() -> {
            try {
                db.transaction(new EstimateAccuracy()::score);
            } catch (RuntimeException e) {
                LOG.warn("Scoring wait estimates failed: {}", e.toString());
            }
        }, 60, 60, TimeUnit.SECONDS);
        return this;
    }

    /** Something moved in the queue: forecast again soon, once for a burst of events. */
    public void changed() {
        if (timer.isShutdown()) {
            return; // the server is stopping: events still being dispatched need no new forecast
        }
        if (pending.compareAndSet(false, true)) {
            try {
                timer.schedule(() -> {
                    pending.set(false);
                    refreshQuietly();
                }, EVENT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                pending.set(false); // closed between the check and the schedule
            }
        }
    }

    @Override
    public java.util.Optional<WaitForecast.Estimate> forArrival(String service, Category category, long now) {
        WaitForecast f = latest;
        WaitForecast.Estimate arrival = f.forArrival().get(WaitForecast.key(service, category));
        if (arrival == null) {
            return java.util.Optional.empty();
        }
        AtomicInteger[] n = issuedSince.get(service);
        int ahead = n == null ? 0 : category.isPriority() ? n[1].get() : n[0].get();
        double elapsed = Math.max(0, now - f.at()) / 60_000.0;
        return java.util.Optional.of(arrival.plus(ahead * f.minutesPerTicket().getOrDefault(service, 0.0)).minus(elapsed));
    }

    /** Counts a ticket just issued, so the ones after it until the next forecast wait for it too. */
    @Override
    public void issued(String service, Category category) {
        AtomicInteger[] n = issuedSince.computeIfAbsent(service, k -> new AtomicInteger[] {new AtomicInteger(), new AtomicInteger()});
        n[0].incrementAndGet();
        if (category.isPriority()) {
            n[1].incrementAndGet();
        }
    }

    /**
     * The forecast for a waiting ticket: its own line of the forecast if it was waiting then, otherwise a
     * newcomer's of its service and category plus what the tickets issued since add. Empty when there is
     * no forecast (the queue is beyond what the forecaster plays, or it has not run yet).
     */
    @Override
    public java.util.Optional<WaitForecast.Estimate> estimate(Ticket t, long now) {
        WaitForecast f = latest;
        double elapsed = Math.max(0, now - f.at()) / 60_000.0;
        WaitForecast.Estimate own = f.byTicket().get(t.id());
        if (own != null) {
            return java.util.Optional.of(own.minus(elapsed));
        }
        WaitForecast.Estimate arrival = f.forArrival().get(WaitForecast.key(t.serviceCode(), t.category()));
        if (arrival == null) {
            return java.util.Optional.empty();
        }
        AtomicInteger[] n = issuedSince.get(t.serviceCode());
        int ahead = n == null ? 0 : Math.max(0, (t.category().isPriority() ? n[1].get() : n[0].get()) - 1);
        double perTicket = f.minutesPerTicket().getOrDefault(t.serviceCode(), 0.0);
        double sinceIssue = Math.max(0, now - Math.max(f.at(), t.issuedAt())) / 60_000.0;
        return java.util.Optional.of(arrival.plus(ahead * perTicket).minus(sinceIssue));
    }

    public WaitForecast latest() {
        return latest;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Wait forecast failed: {}", e.toString());
        }
    }

    /** Forecasts now; public for tests, which call it instead of waiting for the timer. */
    public void refresh() {
        long now = clock.millis();
        WaitForecast f = db.read(c -> {
            long waiting = Sql.count(c, "SELECT COALESCE(SUM(n), 0) FROM waiting_count");
            List<ServiceDef> all = services.all(c);
            if (waiting > WaitForecaster.MAX_WAITING || all.isEmpty()) {
                return WaitForecast.empty(now);
            }
            ServiceTimeModel model = model(c, all, now);
            Map<String, Long> targets = new HashMap<>();
            all.forEach(s -> targets.put(s.code(), s.targetWaitMillis()));
            QueueState state = state(c, targets, now);
            return forecaster.forecast(state, model, targets, all.stream().map(ServiceDef::code).toList(),
                    List.of(Category.values()), now);
        });
        issuedSince.clear();
        latest = f;
    }

    private QueueState state(Connection c, Map<String, Long> targets, long now) throws SQLException {
        List<CallPolicy.Candidate> waiting = new ArrayList<>();
        for (Ticket t : tickets.allWaiting(c)) {
            waiting.add(new CallPolicy.Candidate(t.id(), t.serviceCode(), t.category(), t.arrivedAt(), 0,
                    targets.getOrDefault(t.serviceCode(), 15 * 60_000L)));
        }
        long resumes = hours.resumesAfterBreak(now, CentreTime.ZONE);
        Set<Integer> workedToday = new HashSet<>(Sql.list(c, "SELECT DISTINCT counter_number FROM event "
                + "WHERE service_day = ? AND type = 'counter.changed' AND counter_state = 'OPEN'", rs -> rs.getInt(1),
                ServiceDay.of(now)));
        List<QueueState.CounterNow> desks = new ArrayList<>();
        for (Counter k : counters.all(c)) {
            long busySince = -1;
            String serving = null;
            if (k.currentTicketId() != null) {
                Ticket cur = tickets.find(c, k.currentTicketId()).orElse(null);
                if (cur != null && cur.state().isLive() && cur.state() != vn.motcua.client.TicketState.WAITING) {
                    serving = cur.serviceCode();
                    busySince = Sql.one(c, "SELECT MAX(at) FROM event WHERE ticket_id = ? AND type = 'ticket.called'",
                            rs -> rs.getLong(1), cur.id()).orElse(cur.stateAt());
                }
            }
            boolean open = k.state() == CounterState.OPEN;
            long back = !open && resumes > 0 && workedToday.contains(k.number()) ? resumes : -1;
            desks.add(new QueueState.CounterNow(k.number(), k.services(), k.priority(), k.prioritySinceNormal(), open,
                    serving, busySince, k.officerId(), back));
        }
        return new QueueState(now, waiting, desks, hours.breaksAfter(now, CentreTime.ZONE));
    }

    /** Times at the counter, pauses and arrivals of the last two weeks. */
    private ServiceTimeModel model(Connection c, List<ServiceDef> all, long now) throws SQLException {
        Map<String, Integer> defaults = new HashMap<>();
        all.forEach(s -> defaults.put(s.code(), s.defaultServiceMinutes()));
        ServiceTimeModel model = new ServiceTimeModel(CentreTime.ZONE, defaults);
        String since = LocalDate.parse(ServiceDay.of(now)).minusDays(HISTORY_DAYS).toString();
        Map<Integer, long[]> open = new HashMap<>(); // counter → {called at, officer}
        Map<Integer, String> openService = new HashMap<>();
        Map<Integer, Long> lastEnd = new HashMap<>();
        Sql.list(c, "SELECT type, at, counter_number, officer_id, service_code FROM event WHERE service_day >= ? "
                + "AND type IN ('ticket.called', 'ticket.finished', 'ticket.no_show', 'ticket.transferred', 'ticket.cancelled') "
                + "AND counter_number IS NOT NULL ORDER BY id", rs -> {
                    String type = rs.getString(1);
                    long at = rs.getLong(2);
                    int counter = rs.getInt(3);
                    long officer = rs.getLong(4);
                    if ("ticket.called".equals(type)) {
                        Long end = lastEnd.remove(counter);
                        if (end != null && at - end < 5 * 60_000L) {
                            model.observeGap((at - end) / 60_000.0);
                        }
                        open.put(counter, new long[] {at, officer});
                        openService.put(counter, rs.getString(5));
                    } else {
                        long[] call = open.remove(counter);
                        if (call != null) {
                            model.observe(openService.get(counter), call[1] == 0 ? null : call[1], call[0],
                                    (at - call[0]) / 60_000.0);
                            lastEnd.put(counter, at);
                        }
                    }
                    return null;
                }, since);
        // Every arrival of the period: the earlier days give the shape of a day, today's so far its level.
        Sql.list(c, "SELECT service_code, category, at FROM event WHERE service_day >= ? AND type = 'ticket.issued' "
                + "AND at <= ? ORDER BY id", rs -> {
                    model.observeArrival(rs.getString(1), Category.valueOf(rs.getString(2)), rs.getLong(3));
                    return null;
                }, since, now);
        return model;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package vn.motcua.server.demo;

import vn.motcua.client.CentreTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.motcua.client.Category;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.counter.Counter;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.simulate.DayPlan;
import vn.motcua.server.simulate.DaySimulation;
import vn.motcua.server.simulate.SimTicket;
import vn.motcua.server.simulate.SimulationListener;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.upstream.Outbox;

/**
 * Gives a fresh demo centre a past: the working days of the last weeks, played by the day simulator on the
 * demo's own services, counters and officers, written as the ordinary ticket rows, events and ratings, so
 * that every figure on the dashboard, the staffing advice and the exports is consistent with the event log.
 */
public final class HistorySeeder {
    private static final String[] SCORES = {"VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED"};
    private static final double[] SCORE_WEIGHTS = {58, 34, 6, 2};
    private static final String[] OUTCOMES = {"RECEIVED", "SUPPLEMENT_REQUESTED", "REFUSED", "INFO_ONLY"};
    private static final double[] OUTCOME_WEIGHTS = {72, 14, 2, 12};
    private static final double[] HOURLY = {14, 26, 26, 22, 8, 1, 10, 22, 21, 11};

    /** Seeds {@code weeks} of working days before {@code today}; returns the visits written. */
    public int seed(ServerApp.Components app, LocalDate today, int weeks, long seed) {
        List<ServiceDef> services = app.db().read(c -> app.services().all(c));
        List<Counter> counters = app.db().read(c -> app.counters().all(c));
        Map<Integer, Long> officers = new HashMap<>();
        app.db().read(c -> {
            for (Counter k : counters) {
                Sql.one(c, "SELECT id FROM app_user WHERE username = ?", rs -> rs.getLong(1), "officer" + k.number())
                        .ifPresent(id -> officers.put(k.number(), id));
            }
            return null;
        });
        Random random = new Random(seed);
        int written = 0;
        for (LocalDate day = today.minusWeeks(weeks); day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            DayPlan plan = plan(day, services, counters, officers);
            List<SimTicket> tickets = new DaySimulation(plan, app.policy(), CentreTime.ZONE, seed + day.toEpochDay())
                    .run(new SimulationListener() { });
            LocalDate d = day;
            written += app.db().transaction(c -> write(c, d, plan, tickets, services, random));
        }
        return written;
    }

    private static DayPlan plan(LocalDate day, List<ServiceDef> services, List<Counter> counters, Map<Integer, Long> officers) {
        double factor = switch (day.getDayOfWeek()) {
            case MONDAY -> 1.2;
            case FRIDAY -> 0.85;
            default -> 1.0;
        };
        double[] perHour = HOURLY.clone();
        for (int i = 0; i < perHour.length; i++) {
            perHour[i] *= factor * Math.max(1, counters.size()) / 6.0;
        }
        List<DayPlan.ServicePlan> plans = new ArrayList<>();
        for (ServiceDef s : services) {
            plans.add(new DayPlan.ServicePlan(s.code(), services.size() - s.sortOrder() + 2.0, s.defaultServiceMinutes(),
                    0.6, false, s.targetWaitMinutes()));
        }
        Map<Category, Double> shares = new EnumMap<>(Category.class);
        double[] weights = {82, 7, 2, 3, 2, 3, 1};
        for (Category k : Category.values()) {
            shares.put(k, weights[k.ordinal()]);
        }
        List<DayPlan.CounterPlan> desks = new ArrayList<>();
        for (Counter k : counters) {
            double speed = 0.85 + 0.05 * (k.number() % 6);
            desks.add(new DayPlan.CounterPlan(k.number(), k.services(), k.priority(), speed,
                    officers.getOrDefault(k.number(), 0L), List.of(new double[] {30, 270}, new double[] {390, 600})));
        }
        return new DayPlan("demo-history", day, 7, perHour, plans, shares, desks, 0.06, 0.05, 0.5, 0.3, 2.5);
    }

    private static int write(Connection c, LocalDate day, DayPlan plan, List<SimTicket> tickets, List<ServiceDef> services,
                             Random random) throws SQLException {
        String dayText = day.toString();
        Map<String, String> prefix = new HashMap<>();
        services.forEach(s -> prefix.put(s.code(), s.prefix()));
        Map<String, Integer> sequence = new HashMap<>();
        Map<Long, Long> ids = new HashMap<>();
        long open = day.atTime(7, 25).atZone(CentreTime.ZONE).toInstant().toEpochMilli();
        long eventsBefore = Sql.count(c, "SELECT COALESCE(MAX(id), 0) FROM event");
        try (PreparedStatement ev = c.prepareStatement("INSERT INTO event (type, at, service_day, ticket_id, number, "
                + "service_code, category, state, counter_number, counter_state, officer_id, recalls, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tk = c.prepareStatement("INSERT INTO ticket (number, service_code, service_day, category, "
                     + "state, arrived_at, issued_at, counter_number, officer_id, recalls, origin_ticket_id, state_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
             PreparedStatement rt = c.prepareStatement("INSERT INTO rating (ticket_id, at, service_day, counter_number, "
                     + "officer_id, score, reasons) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (DayPlan.CounterPlan k : plan.counters()) {
                event(ev, "counter.changed", open + k.number(), dayText, null, null, null, null, null, k.number(), "OPEN",
                        k.officerId(), 0, null);
            }
            for (SimTicket t : tickets) {
                int seq = sequence.merge(t.service(), 1, Integer::sum);
                String number = Ticket.number(prefix.get(t.service()), seq);
                String state = switch (t.end()) {
                    case "DONE" -> "DONE";
                    case "NO_SHOW" -> "NO_SHOW";
                    case "TRANSFERRED" -> "TRANSFERRED";
                    default -> "EXPIRED";
                };
                boolean called = t.called();
                Long origin = t.originId() == 0 ? null : ids.get(t.originId());
                tk.setString(1, number);
                tk.setString(2, t.service());
                tk.setString(3, dayText);
                tk.setString(4, t.category().name());
                tk.setString(5, state);
                tk.setLong(6, t.arrivedAt());
                tk.setLong(7, t.issuedAt());
                tk.setObject(8, called ? t.counter() : null);
                tk.setObject(9, called ? t.officerId() : null);
                tk.setInt(10, "NO_SHOW".equals(state) ? 2 : 0);
                tk.setObject(11, origin);
                tk.setLong(12, t.endedAt() > 0 ? t.endedAt() : t.issuedAt());
                tk.executeUpdate();
                long id;
                try (var keys = tk.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                ids.put(t.id(), id);
                String cat = t.category().name();
                event(ev, "ticket.issued", t.issuedAt(), dayText, id, number, t.service(), cat, "WAITING", null, null, null, 0,
                        origin == null ? null : "transfer:" + origin);
                if (!called) {
                    event(ev, "ticket.expired", day.atTime(17, 0).atZone(CentreTime.ZONE).toInstant().toEpochMilli(), dayText,
                            id, number, t.service(), cat, "EXPIRED", null, null, null, 0, null);
                    continue;
                }
                Integer k = t.counter();
                Long o = t.officerId();
                event(ev, "ticket.called", t.calledAt(), dayText, id, number, t.service(), cat, "CALLED", k, null, o, 0, null);
                if ("NO_SHOW".equals(state)) {
                    long step = (t.endedAt() - t.calledAt()) / 3;
                    event(ev, "ticket.recalled", t.calledAt() + step, dayText, id, number, t.service(), cat, "CALLED", k, null, o, 1, null);
                    event(ev, "ticket.recalled", t.calledAt() + 2 * step, dayText, id, number, t.service(), cat, "CALLED", k, null, o, 2, null);
                    event(ev, "ticket.no_show", t.endedAt(), dayText, id, number, t.service(), cat, "NO_SHOW", k, null, o, 2, null);
                    continue;
                }
                if (t.startedAt() > 0) {
                    event(ev, "ticket.started", t.startedAt(), dayText, id, number, t.service(), cat, "SERVING", k, null, o, 0, null);
                }
                if ("TRANSFERRED".equals(state)) {
                    event(ev, "ticket.transferred", t.endedAt(), dayText, id, number, t.service(), cat, "TRANSFERRED", k, null,
                            o, 0, null);
                } else if ("DONE".equals(state)) {
                    event(ev, "ticket.finished", t.endedAt(), dayText, id, number, t.service(), cat, "DONE", k, null, o, 0,
                            OUTCOMES[vn.motcua.server.simulate.Weighted.pick(random, OUTCOME_WEIGHTS)]);
                    if (random.nextDouble() < 0.7) {
                        rt.setLong(1, id);
                        rt.setLong(2, t.endedAt() + 20_000);
                        rt.setString(3, dayText);
                        rt.setInt(4, k);
                        rt.setObject(5, o);
                        rt.setString(6, SCORES[vn.motcua.server.simulate.Weighted.pick(random, SCORE_WEIGHTS)]);
                        rt.setString(7, random.nextInt(4) == 0 ? "FAST_SERVICE" : null);
                        rt.executeUpdate();
                    }
                }
            }
        }
        // the seeded past goes to the province hub like live work: its outbox rows, in the same transaction
        Outbox outbox = new Outbox();
        outbox.queueEventsAfter(c, eventsBefore);
        outbox.ratingsOfDay(c, dayText);
        return tickets.size();
    }

    private static void event(PreparedStatement ps, String type, long at, String day, Long ticket, String number,
                              String service, String category, String state, Integer counter, String counterState,
                              Long officer, int recalls, String detail) throws SQLException {
        ps.setString(1, type);
        ps.setLong(2, at);
        ps.setString(3, day);
        ps.setObject(4, ticket);
        ps.setString(5, number);
        ps.setString(6, service);
        ps.setString(7, category);
        ps.setString(8, state);
        ps.setObject(9, counter);
        ps.setString(10, counterState);
        ps.setObject(11, officer);
        ps.setInt(12, recalls);
        ps.setString(13, detail);
        ps.executeUpdate();
    }
}

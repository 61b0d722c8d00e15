package vn.motcua.server.staffing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.server.storage.Sql;

/**
 * Staffing advice per weekday × hour from the centre's own history: the forecast of an hour's arrivals is the
 * mean of the same weekday-hour over the last weeks (simple and explainable), the service time the mean time
 * at the counter (call → finish or no-show) of those weeks. Erlang C gives the counters; Erlang A, with the
 * observed no-show share read as visitors who gave up, gives the same staffing's wait and abandonment.
 * A what-if scales the arrivals or the service time.
 */
public final class StaffingPlan {
    static final int WEEKS = 8;
    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 17;

    /** One weekday-hour. {@code erlangA*}: the advised counters under Erlang A with no-shows as abandonment. */
    public record Cell(int weekday, int hour, double arrivalsPerHour, int counters, double expectedWaitMinutes,
                       double probabilityWithinTarget, double utilisation, Double erlangAWaitMinutes,
                       Double erlangAAbandonShare) {
    }

    public record Plan(String from, String to, int weeks, double meanServiceMinutes, double noShowShare,
                       double observedMeanWaitMinutes, double targetWaitMinutes, double serviceLevel, double arrivalsFactor,
                       double serviceFactor, List<Cell> cells, SimulatedCheck check) {
    }

    /** The advice for one weekday played by the day simulator: per hour, the mean wait and share within target. */
    public record SimulatedCheck(int weekday, int days, List<double[]> hours) {
    }

    public Plan plan(Connection c, LocalDate today, ZoneId zone, double target, double level, double arrivalsFactor,
                     double serviceFactor, int checkWeekday) throws SQLException {
        LocalDate from = today.minusWeeks(WEEKS);
        LocalDate to = today.minusDays(1);
        Map<String, Integer> arrivals = new HashMap<>(); // "weekday:hour" → count
        Set<LocalDate> days = new HashSet<>();
        for (long at : Sql.list(c, "SELECT at FROM event WHERE service_day BETWEEN ? AND ? AND type = 'ticket.issued' "
                + "AND (detail IS NULL OR detail NOT LIKE 'transfer:%')", rs -> rs.getLong(1), from.toString(), to.toString())) {
            ZonedDateTime t = Instant.ofEpochMilli(at).atZone(zone);
            arrivals.merge(t.getDayOfWeek().getValue() + ":" + t.getHour(), 1, Integer::sum);
            days.add(t.toLocalDate());
        }
        double[] occupancy = Sql.one(c, "SELECT AVG(e.at - c.at), COUNT(*) FROM event c JOIN event e ON e.ticket_id = c.ticket_id "
                + "AND e.type IN ('ticket.finished', 'ticket.no_show', 'ticket.transferred') AND e.id > c.id "
                + "WHERE c.type = 'ticket.called' AND c.service_day BETWEEN ? AND ?",
                rs -> new double[] {rs.getDouble(1), rs.getDouble(2)}, from.toString(), to.toString()).orElse(new double[2]);
        double noShows = Sql.count(c, "SELECT COUNT(*) FROM event WHERE service_day BETWEEN ? AND ? AND type = 'ticket.no_show'",
                from.toString(), to.toString());
        double calls = Sql.count(c, "SELECT COUNT(*) FROM event WHERE service_day BETWEEN ? AND ? AND type = 'ticket.called'",
                from.toString(), to.toString());
        double meanService = occupancy[1] < 10 ? 10 : occupancy[0] / 60_000.0;
        double observedWait = Sql.one(c, "SELECT AVG(e.at - t.arrived_at) FROM event e JOIN ticket t ON t.id = e.ticket_id "
                + "WHERE e.type = 'ticket.called' AND e.service_day BETWEEN ? AND ?", rs -> rs.getDouble(1),
                from.toString(), to.toString()).orElse(0.0) / 60_000.0;
        double noShowShare = calls == 0 ? 0 : noShows / calls;
        Map<Integer, Integer> weekdays = new HashMap<>();
        for (LocalDate d : days) {
            weekdays.merge(d.getDayOfWeek().getValue(), 1, Integer::sum);
        }
        List<Cell> cells = new ArrayList<>();
        double service = meanService * serviceFactor;
        for (DayOfWeek dow : DayOfWeek.values()) {
            int nDays = weekdays.getOrDefault(dow.getValue(), 0);
            if (nDays == 0) {
                continue;
            }
            for (int hour = FIRST_HOUR; hour < LAST_HOUR; hour++) {
                double perHour = arrivals.getOrDefault(dow.getValue() + ":" + hour, 0) / (double) nDays * arrivalsFactor;
                cells.add(cell(dow.getValue(), hour, perHour, service, noShowShare, observedWait, target, level));
            }
        }
        int checkDay = cells.stream().anyMatch(x -> x.weekday() == checkWeekday) ? checkWeekday
                : cells.isEmpty() ? checkWeekday : cells.get(0).weekday();
        return new Plan(from.toString(), to.toString(), WEEKS, round(meanService), round(noShowShare), round(observedWait),
                target, level, arrivalsFactor, serviceFactor, cells, check(cells, checkDay, service, target));
    }

    static Cell cell(int weekday, int hour, double perHour, double service, double noShowShare, double observedWait,
                     double target, double level) {
        StaffingAdvice a = StaffingAdvice.advise(perHour, service, target, level);
        Double aWait = null;
        Double aAbandon = null;
        if (a.counters() > 0 && noShowShare > 0 && observedWait > 0) {
            // In Erlang A the share who leave is θ × the mean wait, so the observed no-shows and waits give the
            // patience: 1/θ = observed mean wait ÷ no-show share.
            double patience = Math.max(1, observedWait / noShowShare);
            ErlangA.Result r = ErlangA.of(perHour / 60, service, patience, a.counters(), target);
            aWait = round(r.meanWaitMinutes());
            aAbandon = round(r.abandonShare());
        }
        return new Cell(weekday, hour, round(perHour), a.counters(), round(a.expectedWaitMinutes()),
                round(a.probabilityWithinTarget()), round(a.utilisation()), aWait, aAbandon);
    }

    /**
     * Plays the advised counters (counter k open in an hour when the advice there is at least k) against the
     * forecast arrivals of that weekday, one service with exponential times of the mean, 40 days over.
     */
    static SimulatedCheck check(List<Cell> cells, int weekday, double service, double target) {
        List<Cell> day = cells.stream().filter(x -> x.weekday() == weekday).toList();
        if (day.isEmpty()) {
            return new SimulatedCheck(weekday, 0, List.of());
        }
        double[] perHour = day.stream().mapToDouble(Cell::arrivalsPerHour).toArray();
        int most = day.stream().mapToInt(Cell::counters).max().orElse(0);
        List<vn.motcua.server.simulate.DayPlan.CounterPlan> desks = new ArrayList<>();
        for (int k = 1; k <= most; k++) {
            List<double[]> open = new ArrayList<>();
            for (int h = 0; h < day.size(); h++) {
                if (day.get(h).counters() >= k) {
                    open.add(new double[] {h * 60.0, (h + 1) * 60.0});
                }
            }
            desks.add(new vn.motcua.server.simulate.DayPlan.CounterPlan(k, List.of("S"), false, 1.0, k, open));
        }
        if (desks.isEmpty()) {
            return new SimulatedCheck(weekday, 0, List.of());
        }
        var plan = new vn.motcua.server.simulate.DayPlan("staffing-check", LocalDate.of(2026, 1, 5), FIRST_HOUR, perHour,
                List.of(new vn.motcua.server.simulate.DayPlan.ServicePlan("S", 1, service, 1, true, (int) Math.max(1, target))),
                Map.of(vn.motcua.client.Category.NORMAL, 1.0), desks, 0, 0, 0, 0, 0);
        int days = 40;
        double[][] sums = new double[day.size()][3]; // wait sum, within, n
        for (int d = 0; d < days; d++) {
            for (var t : new vn.motcua.server.simulate.DaySimulation(plan, new vn.motcua.server.queue.CallPolicy(
                    vn.motcua.server.queue.PolicySettings.defaults()), ZoneId.of("UTC"), d).run(
                    new vn.motcua.server.simulate.SimulationListener() { })) {
                int h = (int) ((t.arrivedAt() - plan.start().atTime(FIRST_HOUR, 0).atZone(ZoneId.of("UTC")).toInstant()
                        .toEpochMilli()) / 3_600_000L);
                if (h < 0 || h >= day.size()) {
                    continue;
                }
                // a visitor still waiting at the close waited at least until then
                double wait = t.called() ? t.waitMinutes() : (day.size() * 60.0 - h * 60.0);
                sums[h][0] += wait;
                sums[h][1] += wait <= target ? 1 : 0;
                sums[h][2]++;
            }
        }
        List<double[]> hours = new ArrayList<>();
        for (int h = 0; h < day.size(); h++) {
            double n = Math.max(1, sums[h][2]);
            hours.add(new double[] {FIRST_HOUR + h, round(sums[h][0] / n), round(sums[h][1] / n)});
        }
        return new SimulatedCheck(weekday, days, hours);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}

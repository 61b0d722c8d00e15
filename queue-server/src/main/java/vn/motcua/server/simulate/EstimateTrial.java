package vn.motcua.server.simulate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.Category;
import vn.motcua.server.forecast.NaiveEstimate;
import vn.motcua.server.forecast.QueueState;
import vn.motcua.server.forecast.ServiceTimeModel;
import vn.motcua.server.forecast.WaitForecast;
import vn.motcua.server.forecast.WaitForecaster;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.CallPolicy.Candidate;

/**
 * Judges the wait forecaster against the naive estimate on simulated days: a few days of the same shape
 * first teach the service-time model (the centre's history), then on the judged day each ticket gets both
 * estimates at issue, and both are compared with the time it was really called.
 */
public final class EstimateTrial {
    private final CallPolicy policy;
    private final ZoneId zone;
    private final int replays;
    private final CallOracle oracle;

    public EstimateTrial(CallPolicy policy, ZoneId zone, int replays) {
        this(policy, zone, replays, 0);
    }

    /** @param oraclePlays plays of the {@link CallOracle} per judged ticket, 0 for none */
    public EstimateTrial(CallPolicy policy, ZoneId zone, int replays, int oraclePlays) {
        this.policy = policy;
        this.zone = zone;
        this.replays = replays;
        this.oracle = oraclePlays > 0 ? new CallOracle(oraclePlays) : null;
    }

    /**
     * Figures of one estimator over the judged tickets (those called). {@code expectedMae}: for the forecaster,
     * the mean of its own spreads ({@link WaitForecast.Estimate#spread}): the MAE it would have if its replays
     * played each day exactly as the day went in distribution, so what is left when the model is right.
     */
    public record Score(int tickets, double mae, double within5, double inRange, double expectedMae) {
    }

    /**
     * Both estimators' scores on the judged days of one shape, and the {@link CallOracle}'s (NaN figures when it
     * was not run); {@code byGroup}: the forecaster's and the oracle's MAE for normal, priority and appointment
     * visitors ({tickets, forecaster, oracle}).
     */
    public record Result(String shape, Score forecaster, Score naive, Score oracle, double meanActualWait,
                         Map<String, double[]> byGroup) {
        public double improvement() {
            return naive.mae() == 0 ? 0 : 1 - forecaster.mae() / naive.mae();
        }
    }

    public Result run(String shape, int historyDays, int judgedDays, long seed) {
        Map<String, Integer> defaults = new HashMap<>();
        DayShapes.of(shape, LocalDate.of(2026, 3, 2)).services().forEach(s -> defaults.put(s.code(), (int) Math.round(s.meanMinutes())));
        ServiceTimeModel model = new ServiceTimeModel(zone, defaults);
        Learner learner = new Learner(model);
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < historyDays; i++) {
            new DaySimulation(DayShapes.of(shape, day.plusDays(i)), policy, zone, seed + i).run(learner);
        }
        List<double[]> rows = new ArrayList<>(); // {actual, forecast, low, high, naive, spread, oracle, group, oracle low, oracle high}
        for (int i = 0; i < judgedDays; i++) {
            Judge judge = new Judge(learner, model, seed * 31 + i);
            judge.day = new DaySimulation(DayShapes.of(shape, day.plusDays(historyDays + i)), policy, zone, seed * 31 + i);
            List<SimTicket> tickets = judge.day.run(judge);
            for (SimTicket t : tickets) {
                double[] e = judge.estimates.get(t.id());
                if (e != null && t.called() && System.getenv("TRIAL_DEBUG") != null && Math.abs(e[0] - t.waitMinutes()) > 20) {
                    System.out.printf("DEBUG %s issued %s wait %.1f est %.1f [%.1f-%.1f] naive %.0f%n", t.category(),
                            java.time.Instant.ofEpochMilli(t.issuedAt()).atZone(zone).toLocalTime(), t.waitMinutes(),
                            e[0], e[1], e[2], e[3]);
                }
                if (e != null && t.called()) {
                    double group = t.category() == Category.APPOINTMENT ? 2 : t.category().isPriority() ? 1 : 0;
                    rows.add(new double[] {t.waitMinutes(), e[0], e[1], e[2], e[3], e[4], e[5], group, e[6], e[7]});
                }
            }
        }
        Score none = new Score(rows.size(), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        Map<String, double[]> byGroup = new java.util.LinkedHashMap<>();
        String[] groups = {"normal", "priority", "appointment"};
        for (int g = 0; g < groups.length; g++) {
            int group = g;
            List<double[]> mine = rows.stream().filter(r -> r[7] == group).toList();
            if (!mine.isEmpty()) {
                byGroup.put(groups[g], new double[] {mine.size(), score(mine, 1, -1).mae(),
                    oracle == null ? Double.NaN : score(mine, 6, -1).mae()});
            }
        }
        return new Result(shape, score(rows, 1, 2), score(rows, 4, -1), oracle == null ? none : score(rows, 6, 8),
                rows.stream().mapToDouble(r -> r[0]).average().orElse(0), byGroup);
    }

    /** @param range the column of the estimate's low end (the high end follows it), or -1 when it has none */
    private static Score score(List<double[]> rows, int column, int range) {
        boolean withRange = range >= 0;
        double abs = 0;
        int within = 0;
        int inside = 0;
        for (double[] r : rows) {
            double err = Math.abs(r[column] - r[0]);
            abs += err;
            within += err <= 5 ? 1 : 0;
            inside += withRange && r[range] - 0.5 <= r[0] && r[0] <= r[range + 1] + 0.5 ? 1 : 0;
        }
        int n = Math.max(1, rows.size());
        double expected = rows.stream().mapToDouble(r -> r[5]).sum() / n;
        return new Score(rows.size(), abs / n, within / (double) n, withRange ? inside / (double) n : Double.NaN,
                withRange ? expected : Double.NaN);
    }

    /** Feeds what a day shows into the model, as the server's refresh reads it from the event log. */
    private static class Learner implements SimulationListener {
        final ServiceTimeModel model;
        final Map<String, Deque<Double>> lastServices = new HashMap<>();

        Learner(ServiceTimeModel model) {
            this.model = model;
        }

        @Override
        public void issued(long ticketId, String service, Category category, long at, QueueState state) {
            model.observeArrival(service, category, at);
        }

        @Override
        public void ended(String service, long officerId, long calledAt, long endedAt) {
            double minutes = (endedAt - calledAt) / 60_000.0;
            model.observe(service, officerId, calledAt, minutes);
            Deque<Double> last = lastServices.computeIfAbsent(service, k -> new ArrayDeque<>());
            last.addLast(minutes);
            if (last.size() > 20) {
                last.removeFirst();
            }
        }

        @Override
        public void paused(double minutes) {
            model.observeGap(minutes);
        }
    }

    private final class Judge implements SimulationListener {
        final Learner learner;
        final ServiceTimeModel model;
        final WaitForecaster forecaster;
        final long seed;
        final Map<Long, double[]> estimates = new HashMap<>();
        DaySimulation day;

        Judge(Learner learner, ServiceTimeModel model, long seed) {
            this.learner = learner;
            this.model = model;
            this.forecaster = new WaitForecaster(policy, replays);
            this.seed = seed;
        }

        @Override
        public void issued(long ticketId, String service, Category category, long at, QueueState state) {
            learner.issued(ticketId, service, category, at, state);
            Map<String, Long> targets = new HashMap<>();
            for (Candidate c : state.waiting()) {
                targets.put(c.service(), c.targetWaitMillis());
            }
            for (QueueState.CounterNow k : state.counters()) {
                k.services().forEach(s -> targets.putIfAbsent(s, 15 * 60_000L));
            }
            WaitForecast f = forecaster.forecast(state, model, targets, List.of(), List.of(), java.util.Set.of(ticketId),
                    seed + ticketId);
            WaitForecast.Estimate e = f.byTicket().get(ticketId);
            Candidate me = state.waiting().stream().filter(c -> c.ticketId() == ticketId).findFirst().orElseThrow();
            int ahead = NaiveEstimate.ahead(state.waiting(), me, policy.settings());
            Deque<Double> last = learner.lastServices.get(service);
            double mean = last == null || last.size() < 3 ? model.meanMinutes(service)
                    : last.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            long open = state.counters().stream().filter(k -> k.open() && k.services().contains(service)).count();
            if (e == null) {
                // No forecast (most replays never call the ticket): the ticket shows the naive figure, as on the server.
                double naive = NaiveEstimate.minutes(ahead, mean, open);
                e = new WaitForecast.Estimate(naive, naive, naive, 0);
            }
            WaitForecast.Estimate best = oracle == null ? new WaitForecast.Estimate(Double.NaN, Double.NaN, Double.NaN, 0)
                    : oracle.estimate(day, ticketId, at, seed * 1_000_003L + ticketId);
            estimates.put(ticketId, new double[] {e.central(), e.low(), e.high(), NaiveEstimate.minutes(ahead, mean, open),
                e.spread(), best.central(), best.low(), best.high()});
        }

        @Override
        public void ended(String service, long officerId, long calledAt, long endedAt) {
            learner.ended(service, officerId, calledAt, endedAt);
        }

        @Override
        public void paused(double minutes) {
            learner.paused(minutes);
        }
    }
}

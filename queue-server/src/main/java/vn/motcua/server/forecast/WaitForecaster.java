package vn.motcua.server.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import vn.motcua.client.Category;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.CallPolicy.Candidate;

/**
 * Forecasts waits by playing the hall forward with the call policy itself, many times over: every open
 * counter finishes its current ticket after a time drawn from what is left of such tickets, then calls by
 * the policy (categories, the interleave at ordinary counters, priority counters, the anti-starvation cap),
 * each call taking a time drawn from the service's observed times (this hour's, scaled by the officer's
 * speed), while new visitors arrive at the recent rates and priority ones among them go ahead of normal
 * visitors as the policy lets them. The median of the replays is the estimate, the 10th and 90th
 * percentiles its range.
 *
 * <p>A visitor who would arrive now is placed in each replay as a "ghost" per service and category: the
 * policy may call a ghost, which records the time and takes no counter time, so one run answers for every
 * kind of new ticket without the ghosts delaying each other.
 *
 * <p>Cost grows with the queue (each call looks at the waiting list), so the server runs it off the
 * ticket path, on a timer and after queue events; a ticket only looks the answer up.
 */
public final class WaitForecaster {
    /** Above this many waiting, fewer replays; above {@link #MAX_WAITING} none (the caller falls back). */
    static final int MANY_WAITING = 300;
    static final int MAX_WAITING = 3_000;
    private static final long HORIZON = 8 * 3_600_000L;
    private static final long IDLE_POLL = 30_000L;
    /**
     * New visitors are played in this far ahead, at the usual rate of each hour of the day scaled by today's
     * level (or the last hour's rate while no earlier day is known). A waiting visitor is overtaken by priority
     * visitors who come while they wait, and a priority visitor waits for the normal queue to drop below the
     * anti-starvation cap, which the normal visitors still to come keep it above — for hours on a busy morning.
     * The wait oracle (issue 18, fourth pass: the simulated day copied at issue and played on with its true plan)
     * loses 0.2–0.6 min of MAE when its visitors stop one hour ahead, which was this forecaster's horizon;
     * three hours here: seed 7 many priority 3.86 → 3.71, morning peak 8.98 → 8.10 (to the 8-hour horizon:
     * 3.79 and 9.28, the replays do not close the counters at the end of the day).
     */
    private static final long ARRIVALS_AHEAD = 180 * 60_000L;
    /** Ghosts take the largest ids, so among visitors who arrived in the same millisecond they come last. */
    private static final long GHOST_ID_BASE = Long.MAX_VALUE - 1_000_000L;

    private final CallPolicy policy;
    private final int replays;

    public WaitForecaster(CallPolicy policy, int replays) {
        this.policy = policy;
        this.replays = replays;
    }

    /**
     * @param targetWaitMillis each service's target wait, which the anti-starvation cap is a share of
     * @param ghosts services and categories to forecast a new arrival for
     */
    public WaitForecast forecast(QueueState state, ServiceTimeModel model, Map<String, Long> targetWaitMillis,
                                 List<String> ghostServices, List<Category> ghostCategories, long seed) {
        return forecast(state, model, targetWaitMillis, ghostServices, ghostCategories, null, seed);
    }

    /** @param only the waiting tickets to forecast (a replay stops once they are called), or null for all */
    public WaitForecast forecast(QueueState state, ServiceTimeModel model, Map<String, Long> targetWaitMillis,
                                 List<String> ghostServices, List<Category> ghostCategories, java.util.Set<Long> only,
                                 long seed) {
        Map<String, Double> perTicket = minutesPerTicket(state, model, targetWaitMillis.keySet());
        if (state.waiting().size() > MAX_WAITING) {
            return new WaitForecast(state.now(), Map.of(), Map.of(), perTicket);
        }
        int runs = state.waiting().size() > MANY_WAITING ? Math.max(5, replays / 4) : replays;
        List<Candidate> ghosts = new ArrayList<>();
        List<String> ghostKeys = new ArrayList<>();
        for (String s : ghostServices) {
            for (Category k : ghostCategories) {
                ghosts.add(new Candidate(GHOST_ID_BASE + ghosts.size(), s, k, state.now(), 0,
                        targetWaitMillis.getOrDefault(s, 15 * 60_000L)));
                ghostKeys.add(WaitForecast.key(s, k));
            }
        }
        Map<Long, double[]> calls = new HashMap<>();
        for (Candidate c : state.waiting()) {
            if (only == null || only.contains(c.ticketId())) {
                calls.put(c.ticketId(), new double[runs]);
            }
        }
        for (Candidate g : ghosts) {
            calls.put(g.ticketId(), new double[runs]);
        }
        Random random = new Random(seed);
        for (int r = 0; r < runs; r++) {
            Replay replay = new Replay(state, model, targetWaitMillis, ghosts, calls.keySet(), random);
            Map<Long, Long> called = replay.run();
            for (var e : calls.entrySet()) {
                Long at = called.get(e.getKey());
                e.getValue()[r] = ((at == null ? state.now() + HORIZON : at) - state.now()) / 60_000.0;
            }
        }
        Map<Long, WaitForecast.Estimate> byTicket = new HashMap<>();
        for (Candidate c : state.waiting()) {
            if (calls.containsKey(c.ticketId()) && reached(calls.get(c.ticketId()))) {
                byTicket.put(c.ticketId(), summarise(calls.get(c.ticketId())));
            }
        }
        Map<String, WaitForecast.Estimate> forArrival = new HashMap<>();
        for (int i = 0; i < ghosts.size(); i++) {
            if (!reached(calls.get(ghosts.get(i).ticketId()))) {
                continue;
            }
            forArrival.put(ghostKeys.get(i), summarise(calls.get(ghosts.get(i).ticketId())));
        }
        return new WaitForecast(state.now(), byTicket, forArrival, perTicket);
    }

    private static Map<String, Double> minutesPerTicket(QueueState state, ServiceTimeModel model,
                                                        java.util.Collection<String> services) {
        Map<String, Double> out = new HashMap<>();
        for (String s : services) {
            long open = state.counters().stream().filter(k -> k.open() && k.services().contains(s)).count();
            out.put(s, (model.meanMinutes(s) + model.meanGapMinutes()) / Math.max(1, open));
        }
        return out;
    }

    /** No forecast where most replays never call the ticket (no counter open for it, no session ahead). */
    private static boolean reached(double[] minutes) {
        int called = 0;
        for (double m : minutes) {
            called += m < HORIZON / 60_000.0 ? 1 : 0;
        }
        return called * 2 > minutes.length;
    }

    /** The median, p10–p90 and mean distance from the median of some plays' waits. */
    public static WaitForecast.Estimate summarise(double[] minutes) {
        double[] v = minutes.clone();
        Arrays.sort(v);
        double median = quantile(v, 0.5);
        double spread = 0;
        for (double m : v) {
            spread += Math.abs(m - median) / v.length;
        }
        return new WaitForecast.Estimate(median, quantile(v, 0.1), quantile(v, 0.9), spread);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** One play of the hall forward. */
    private final class Replay {
        private final QueueState state;
        private final ServiceTimeModel model;
        private final Map<String, Long> targets;
        private final Random random;
        private final List<Candidate> waiting;
        private final List<Candidate> ghosts;
        private final Map<Long, Long> called = new HashMap<>();
        private final List<String> arrivalServices;
        private static final Category[] CATEGORIES = Category.values();
        private final double[][] rates; // [service][category] per minute
        private final long[][] nextArrival;
        private final java.util.Set<Long> tracked;
        private int trackedCalled;
        private long nextId = -1;
        private final List<Candidate> future;
        private int futureNext;

        Replay(QueueState state, ServiceTimeModel model, Map<String, Long> targets, List<Candidate> ghosts, java.util.Set<Long> tracked,
               Random random) {
            this.tracked = tracked;
            this.state = state;
            this.model = model;
            this.targets = targets;
            this.random = random;
            this.waiting = new ArrayList<>(state.waiting());
            this.ghosts = new ArrayList<>(ghosts);
            this.arrivalServices = new ArrayList<>(targets.keySet());
            int n = arrivalServices.size();
            rates = new double[n][CATEGORIES.length];
            nextArrival = new long[n][CATEGORIES.length];
            for (int i = 0; i < n; i++) {
                for (Category k : CATEGORIES) {
                    rates[i][k.ordinal()] = model.arrivalRate(arrivalServices.get(i), k, state.now());
                    nextArrival[i][k.ordinal()] = next(i, k, state.now());
                }
            }
            future = model.knowsDayShape(state.now()) ? dayShapedArrivals() : null;
        }

        Map<Long, Long> run() {
            long now = state.now();
            // {free at, index into counters, streak}
            PriorityQueue<long[]> free = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
            List<QueueState.CounterNow> counters = state.counters();
            for (int i = 0; i < counters.size(); i++) {
                QueueState.CounterNow k = counters.get(i);
                if (!k.open() && k.resumesAt() < 0) {
                    continue;
                }
                long at = k.open() ? now : Math.max(now, k.resumesAt());
                if (k.busy()) {
                    double elapsed = (now - k.busySince()) / 60_000.0;
                    at = now + minutes(model.residual(k.servingService(), k.officer(), now, elapsed, random)
                            + model.meanGapMinutes());
                }
                free.add(new long[] {at, i, k.prioritySinceNormal()});
            }
            while (!free.isEmpty() && trackedCalled < tracked.size()) {
                long[] slot = free.poll();
                long t = slot[0];
                if (t > now + HORIZON) {
                    break;
                }
                long resume = afterBreak(t);
                if (resume > t) {
                    free.add(new long[] {resume, slot[1], slot[2]});
                    continue;
                }
                arriveUntil(t);
                QueueState.CounterNow k = counters.get((int) slot[1]);
                Candidate chosen = choose(k, (int) slot[2], t);
                while (chosen != null && chosen.ticketId() >= GHOST_ID_BASE) {
                    called.put(chosen.ticketId(), t);
                    trackedCalled += tracked.contains(chosen.ticketId()) ? 1 : 0;
                    ghosts.remove(chosen);
                    chosen = choose(k, (int) slot[2], t);
                }
                if (chosen == null) {
                    free.add(new long[] {t + IDLE_POLL, slot[1], slot[2]});
                    continue;
                }
                waiting.remove(chosen);
                if (chosen.ticketId() > 0) {
                    called.put(chosen.ticketId(), t);
                    trackedCalled += tracked.contains(chosen.ticketId()) ? 1 : 0;
                }
                long streak = chosen.category().isPriority() ? slot[2] + 1 : 0;
                double busy = model.sample(chosen.service(), k.officer(), t, random) + model.meanGapMinutes();
                free.add(new long[] {t + minutes(busy), slot[1], streak});
            }
            return called;
        }

        private long afterBreak(long t) {
            for (long[] b : state.breaks()) {
                if (b[0] <= t && t < b[1]) {
                    return b[1];
                }
            }
            return t;
        }

        private Candidate choose(QueueState.CounterNow k, int streak, long t) {
            List<Candidate> mine = new ArrayList<>();
            for (Candidate c : waiting) {
                int pos = k.services().indexOf(c.service());
                if (pos >= 0) {
                    mine.add(pos == c.servicePosition() ? c : new Candidate(c.ticketId(), c.service(), c.category(),
                            c.arrivedAt(), pos, c.targetWaitMillis()));
                }
            }
            for (Candidate g : ghosts) {
                int pos = k.services().indexOf(g.service());
                if (pos >= 0) {
                    mine.add(new Candidate(g.ticketId(), g.service(), g.category(), g.arrivedAt(), pos, g.targetWaitMillis()));
                }
            }
            if (mine.isEmpty()) {
                return null;
            }
            Candidate c = policy.choose(mine, new CallPolicy.CounterView(k.priority(), streak), t).orElse(null);
            if (c == null) {
                return null;
            }
            for (Candidate w : c.ticketId() >= GHOST_ID_BASE ? ghosts : waiting) {
                if (w.ticketId() == c.ticketId()) {
                    return w;
                }
            }
            return null;
        }

        /**
         * Visitors still to come, up to {@code until}: by the usual shape of the centre's day when an earlier
         * day is known, else at the last hour's rates for the next hour only. Only their place in the order
         * matters (the policy), not who they are.
         */
        private void arriveUntil(long until) {
            if (future != null) {
                while (futureNext < future.size() && future.get(futureNext).arrivedAt() <= until) {
                    waiting.add(future.get(futureNext++));
                }
                return;
            }
            long t = Math.min(until, state.now() + ARRIVALS_AHEAD);
            for (int i = 0; i < arrivalServices.size(); i++) {
                String s = arrivalServices.get(i);
                for (Category k : CATEGORIES) {
                    long[] at = nextArrival[i];
                    while (at[k.ordinal()] <= t) {
                        waiting.add(new Candidate(nextId--, s, k, at[k.ordinal()], 0, targets.get(s)));
                        at[k.ordinal()] = next(i, k, at[k.ordinal()]);
                    }
                }
            }
        }

        /** A Poisson stream at each hour's usual rate, to the horizon, each visitor's service and category by share. */
        private List<Candidate> dayShapedArrivals() {
            double[] perMinute = model.arrivalsPerMinuteByHour(state.now());
            List<String> kinds = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (String s : arrivalServices) {
                for (Category k : CATEGORIES) {
                    double share = model.arrivalShare(s, k);
                    if (share > 0) {
                        kinds.add(s + "/" + k.name());
                        shares.add(share);
                    }
                }
            }
            double[] cumulative = new double[shares.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += shares.get(i);
                cumulative[i] = sum;
            }
            List<Candidate> out = new ArrayList<>();
            if (sum <= 0) {
                return out;
            }
            long end = state.now() + ARRIVALS_AHEAD;
            double t = state.now();
            while (t < end) {
                java.time.ZonedDateTime z = java.time.Instant.ofEpochMilli((long) t).atZone(model.zone());
                long hourEnd = z.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1).toInstant().toEpochMilli();
                double rate = perMinute[z.getHour()] / 60_000.0;
                if (rate <= 0) {
                    t = hourEnd;
                    continue;
                }
                double next = t - Math.log(1 - random.nextDouble()) / rate;
                if (next >= hourEnd) {
                    t = hourEnd; // memoryless: start the next hour afresh at its own rate
                    continue;
                }
                t = next;
                int pick = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                String[] kind = kinds.get(pick < 0 ? -pick - 1 : pick).split("/");
                out.add(new Candidate(nextId--, kind[0], Category.valueOf(kind[1]), (long) t, 0,
                        targets.getOrDefault(kind[0], 15 * 60_000L)));
            }
            return out;
        }

        /** The next arrival after {@code from} at the service's recent rate for category {@code k}. */
        private long next(int service, Category k, long from) {
            double perMinute = rates[service][k.ordinal()];
            if (perMinute <= 0) {
                return Long.MAX_VALUE;
            }
            return from + minutes(-Math.log(1 - random.nextDouble()) / perMinute);
        }
    }

    private static long minutes(double m) {
        return (long) (m * 60_000);
    }
}

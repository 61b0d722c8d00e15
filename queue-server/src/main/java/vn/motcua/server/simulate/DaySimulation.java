package vn.motcua.server.simulate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import vn.motcua.client.Category;
import vn.motcua.server.forecast.QueueState;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.CallPolicy.Candidate;

/**
 * A discrete-event simulation of one day (or a long run) of a centre: arrivals by hour, counters that open
 * and close on their schedule, service times from each service's distribution scaled by the officer's speed,
 * no-shows and transfers. Who is called is the {@link Hall}'s: in memory by the real {@link CallPolicy}, where
 * a day of a few hundred visitors takes milliseconds (the bench, the demo's history, the staffing check), or a
 * live server's own services on its clock ({@link LiveSimulation}, {@code serve --demo --simulate}).
 */
public final class DaySimulation {
    private final DayPlan plan;
    private final Hall hall;
    private final MemoryHall memory;
    private Random random;
    private final long start;
    private final Map<String, DayPlan.ServicePlan> services = new HashMap<>();
    private final Map<Long, Segment> segments = new HashMap<>();
    private final List<SimTicket> done = new ArrayList<>();
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final Desk[] desks;
    private final List<long[]> breaks;
    private long seq;
    private SimulationListener listener = new SimulationListener() { };
    /** How often an idle counter of a live hall asks again (visitors may take a number at a real kiosk). */
    private static final double POLL_MINUTES = 0.5;

    private enum Kind { ARRIVE, OPEN, CLOSE, END, FREE, REACH, RECALL, POLL }

    private record Event(long at, long seq, Kind kind, int desk, Object payload) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }

    private static final class Segment implements Cloneable {
        long id;
        long originId;
        String service;
        Category category;
        long arrivedAt;
        long issuedAt;
        long calledAt = -1;
        int counter;
        long officer;
        long startedAt = -1;

        Segment copy() {
            try {
                return (Segment) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static final class Desk {
        final DayPlan.CounterPlan plan;
        boolean open;
        Segment current;
        long busySince = -1;
        long endedAt = -1;
        int streak;
        /** A live hall's idle counter has its next ask scheduled (one at a time). */
        boolean polling;

        Desk(DayPlan.CounterPlan plan) {
            this.plan = plan;
        }
    }

    /** A day in memory, called by {@code policy}, starting at the plan's first hour. */
    public DaySimulation(DayPlan plan, CallPolicy policy, ZoneId zone, long seed) {
        this(plan, new MemoryHall(policy, plan.targetWaitMillis()),
                plan.start().atTime(plan.startHour(), 0).atZone(zone).toInstant().toEpochMilli(), seed);
    }

    /** A day in {@code hall} from {@code start} (epoch millis; the plan's date and first hour are not used). */
    public DaySimulation(DayPlan plan, Hall hall, long start, long seed) {
        this.plan = plan;
        this.hall = hall;
        this.memory = hall instanceof MemoryHall m ? m : null;
        this.random = new Random(seed);
        this.start = start;
        this.breaks = new ArrayList<>();
        plan.services().forEach(s -> services.put(s.code(), s));
        desks = new Desk[plan.counters().size()];
        for (int i = 0; i < desks.length; i++) {
            desks[i] = new Desk(plan.counters().get(i));
            for (double[] period : desks[i].plan.openMinutes()) {
                push(at(period[0]), Kind.OPEN, i, null);
                push(at(period[1]), Kind.CLOSE, i, null);
            }
        }
        for (double[] b : plan.breakMinutes()) {
            breaks.add(new long[] {at(b[0]), at(b[1])});
        }
    }

    /** A copy of {@code o}'s state in memory (queue, counters, segments, events to come), played with {@code random}. */
    private DaySimulation(DaySimulation o, Random random) {
        if (o.memory == null) {
            throw new IllegalStateException("only a day in memory can be copied; a live hall's queue is the server's");
        }
        this.plan = o.plan;
        this.memory = o.memory.copy();
        this.hall = memory;
        this.random = random;
        this.start = o.start;
        this.breaks = o.breaks;
        this.services.putAll(o.services);
        o.segments.forEach((id, s) -> segments.put(id, s.copy()));
        this.done.addAll(o.done);
        this.events.addAll(o.events);
        this.seq = o.seq;
        this.desks = new Desk[o.desks.length];
        for (int i = 0; i < desks.length; i++) {
            Desk from = o.desks[i];
            desks[i] = new Desk(from.plan);
            desks[i].open = from.open;
            desks[i].current = from.current == null ? null : segments.get(from.current.id);
            desks[i].busySince = from.busySince;
            desks[i].endedAt = from.endedAt;
            desks[i].streak = from.streak;
        }
    }

    /**
     * Runs the whole plan in memory and returns every segment, with the visitors still waiting at the end as
     * EXPIRED.
     */
    public List<SimTicket> run(SimulationListener listener) {
        if (memory == null) {
            throw new IllegalStateException("run() plays a day in memory; a live hall is driven by advanceTo");
        }
        this.listener = listener;
        scheduleArrivals();
        return playToEnd();
    }

    /** Plays a day in memory (this one or a fork of it) to its end; as {@link #run}. */
    public List<SimTicket> playToEnd() {
        advanceTo(end());
        for (Candidate c : memory.waiting) {
            Segment s = segments.get(c.ticketId());
            done.add(ticket(s, -1, "EXPIRED"));
        }
        for (Desk d : desks) {
            if (d.current != null) {
                done.add(ticket(d.current, -1, "EXPIRED"));
            }
        }
        done.sort(java.util.Comparator.comparingLong(SimTicket::id));
        return done;
    }

    /** Draws the day's arrivals; a live hall then moves the day on with {@link #advanceTo}. */
    public DaySimulation begin() {
        scheduleArrivals();
        return this;
    }

    /** When the plan ends (epoch millis). */
    public long end() {
        return at(plan.lengthMinutes());
    }

    /**
     * An exact copy of this day in memory at this moment (between events, or from {@link SimulationListener#issued}),
     * played on with {@code random}: what was already drawn (visitors still to come, how the visits at the
     * counters end, officers' pauses) stays as drawn. With a copy of this day's own generator it plays the same
     * day. Idle counters call at once, as they would after the event in progress.
     */
    public DaySimulation fork(long now, Random random) {
        DaySimulation f = new DaySimulation(this, random);
        f.wake(now);
        return f;
    }

    /**
     * A copy that knows only what the centre could know at {@code now} and the day's true plan: who waits, what
     * each counter serves since when, the officers, the plan's arrival rates, service-time distributions,
     * officers' speeds, no-show and transfer shares. Everything still to come is drawn afresh with
     * {@code random}: the visitors after {@code now}, how each visit at a counter ends (given that it has not
     * ended yet) and each officer's pause. Its call times are draws from the true conditional distribution
     * (the wait oracle, {@link CallOracle}).
     */
    public DaySimulation forkUnknown(long now, Random random) {
        DaySimulation f = new DaySimulation(this, random);
        f.events.removeIf(e -> e.kind() == Kind.END || e.kind() == Kind.FREE || e.kind() == Kind.ARRIVE && e.at() > now);
        f.scheduleArrivals(Math.max(0, (now - start) / 60_000.0));
        for (Desk d : f.desks) {
            if (d.current != null) {
                double[] visit = f.drawVisit(d, d.current);
                for (int i = 0; i < 10_000 && at(d.current.calledAt, visit[1]) <= now; i++) {
                    visit = f.drawVisit(d, d.current);
                }
                if (at(d.current.calledAt, visit[1]) <= now) {
                    visit = new double[] {0, (now - d.current.calledAt) / 60_000.0 + 0.5, 0};
                }
                f.schedule(d, d.current, visit);
            } else if (d.busySince >= 0 && d.endedAt >= 0) {
                // In the pause after a visit: uniform over the stretch it has not yet passed.
                double gapMax = plan.gapMinutes() * 1.5;
                double passed = (now - d.endedAt) / 60_000.0;
                double lo = Math.max(plan.gapMinutes() * 0.5, passed);
                double gap = lo >= gapMax ? passed : lo + (gapMax - lo) * f.random.nextDouble();
                f.push(Math.max(now, at(d.endedAt, gap)), Kind.FREE, f.index(d), null);
            }
        }
        f.wake(now);
        return f;
    }

    /** This day's generator, for a test that forks with a copy of it. */
    Random generator() {
        return random;
    }

    private void wake(long now) {
        for (Desk d : desks) {
            tryCall(d, now);
        }
    }

    /** Plays every event up to {@code until} (epoch millis). */
    public void advanceTo(long until) {
        long last = Math.min(until, end());
        while (!events.isEmpty() && events.peek().at() <= last) {
            play(events.poll());
        }
    }

    /**
     * Plays on until ticket {@code ticketId} (a first segment) is called and returns when (epoch millis), or -1
     * when the day ends first.
     */
    public long playUntilCalled(long ticketId) {
        Segment s = segments.get(ticketId);
        if (s == null) {
            throw new IllegalArgumentException("no ticket " + ticketId + " in this day");
        }
        while (s.calledAt < 0 && !events.isEmpty() && events.peek().at() <= end()) {
            play(events.poll());
        }
        return s.calledAt;
    }

    private void play(Event e) {
        Desk d = e.desk() < 0 ? null : desks[e.desk()];
        switch (e.kind()) {
            case ARRIVE -> {
                Object[] p = (Object[]) e.payload();
                enqueue(e.at(), (String) p[0], (Category) p[1], e.at(), 0, 0);
            }
            case OPEN -> {
                d.open = true;
                hall.opened(d.plan, e.at());
                tryCall(d, e.at());
            }
            case CLOSE -> {
                d.open = false;
                hall.closed(d.plan, e.at());
            }
            case END -> endTicket(d, e.at(), (String) e.payload());
            case FREE -> {
                d.busySince = -1;
                tryCall(d, e.at());
                if (d.current != null) {
                    listener.paused((e.at() - d.endedAt) / 60_000.0);
                }
            }
            case REACH, RECALL -> {
                if (d.current != null && d.current.id == (long) e.payload()) {
                    hall.reached(d.current.id, d.plan, e.kind() == Kind.RECALL, e.at());
                }
            }
            case POLL -> {
                d.polling = false;
                tryCall(d, e.at());
            }
            default -> throw new IllegalStateException(e.kind().name());
        }
    }

    /** The hall as the forecaster sees it. */
    public QueueState state(long now) {
        List<QueueState.CounterNow> counters = new ArrayList<>();
        // When every counter is closed the centre is on its break, and its working hours say when it resumes;
        // a counter closed while others work is not expected back.
        boolean onBreak = java.util.Arrays.stream(desks).noneMatch(d -> d.open);
        for (Desk d : desks) {
            long resumes = -1;
            if (onBreak) {
                for (double[] period : d.plan.openMinutes()) {
                    if (at(period[0]) > now) {
                        resumes = at(period[0]);
                        break;
                    }
                }
            }
            counters.add(new QueueState.CounterNow(d.plan.number(), d.plan.services(), d.plan.priority(), d.streak,
                    d.open, d.current == null ? null : d.current.service, d.current == null ? -1 : d.busySince,
                    d.plan.officerId(), resumes));
        }
        return new QueueState(now, memory == null ? List.of() : memory.waiting, counters, breaks.stream().filter(b -> b[1] > now).toList());
    }

    private void scheduleArrivals() {
        scheduleArrivals(0);
    }

    /** Draws arrivals from {@code fromMinutes} after the start (Poisson streams: the past does not matter). */
    private void scheduleArrivals(double fromMinutes) {
        double[] mix = plan.services().stream().mapToDouble(DayPlan.ServicePlan::mix).toArray();
        Category[] categories = plan.categoryShares().keySet().stream().sorted().toArray(Category[]::new);
        double[] shares = java.util.Arrays.stream(categories).mapToDouble(plan.categoryShares()::get).toArray();
        double[] perHour = plan.arrivalsPerHour();
        for (int h = (int) (fromMinutes / 60); h < perHour.length; h++) {
            if (perHour[h] <= 0) {
                continue;
            }
            double t = Math.max(h * 60.0, fromMinutes);
            while (true) {
                t += -Math.log(1 - random.nextDouble()) * 60.0 / perHour[h];
                if (t >= (h + 1) * 60.0) {
                    break;
                }
                DayPlan.ServicePlan s = plan.services().get(Weighted.pick(random, mix));
                Category k = categories[Weighted.pick(random, shares)];
                push(at(t), Kind.ARRIVE, -1, new Object[] {s.code(), k});
            }
        }
    }

    /**
     * A new waiting segment; a transfer passes the original arrival, the first segment's id and the segment it
     * comes from.
     */
    private void enqueue(long now, String service, Category category, long arrivedAt, long originId, long transferOf) {
        long id = hall.issue(service, category, arrivedAt, transferOf, now);
        if (id < 0) {
            return;
        }
        Segment s = new Segment();
        s.id = id;
        s.originId = originId;
        s.service = service;
        s.category = category;
        s.arrivedAt = arrivedAt;
        s.issuedAt = now;
        segments.put(s.id, s);
        if (originId == 0) {
            listener.issued(s.id, service, category, now, state(now));
        }
        for (Desk d : desks) {
            if (d.open && d.current == null && d.busySince < 0 && d.plan.services().contains(service)) {
                tryCall(d, now);
            }
        }
    }

    private void tryCall(Desk d, long now) {
        if (!d.open || d.current != null || d.busySince >= 0) {
            return;
        }
        Hall.Called called = hall.call(d.plan, d.streak, now);
        if (called == null) {
            if (hall.live() && !d.polling) {
                d.polling = true;
                push(at(now, POLL_MINUTES), Kind.POLL, index(d), null);
            }
            return;
        }
        Segment s = segments.computeIfAbsent(called.ticketId(), id -> outsider(called, now));
        s.calledAt = now;
        s.counter = d.plan.number();
        s.officer = d.plan.officerId();
        d.current = s;
        d.busySince = now;
        d.streak = s.category.isPriority() ? d.streak + 1 : 0;
        schedule(d, s, drawVisit(d, s));
    }

    /**
     * How a call goes, drawn: {walk minutes, or -1 for a visitor who does not come; minutes from the call to the
     * end; 1 when the visit is transferred}.
     */
    private double[] drawVisit(Desk d, Segment s) {
        // A live hall's visitor of a service added after the plan was made is served like the plan's first service.
        DayPlan.ServicePlan sp = services.getOrDefault(s.service, plan.services().get(0));
        if (random.nextDouble() < plan.noShowShare()) {
            return new double[] {-1, plan.recallMinutes() * (0.8 + 0.4 * random.nextDouble()), 0};
        }
        double walk = plan.walkMinutes() * (0.5 + random.nextDouble());
        double serve = draw(sp) * d.plan.speed();
        return new double[] {walk, walk + serve, random.nextDouble() < plan.transferShare() ? 1 : 0};
    }

    private void schedule(Desk d, Segment s, double[] visit) {
        long now = s.calledAt;
        if (visit[0] < 0) {
            s.startedAt = -1;
            if (hall.live()) {
                push(at(now, visit[1] / 2), Kind.RECALL, index(d), s.id);
            }
            push(at(now, visit[1]), Kind.END, index(d), "NO_SHOW");
            return;
        }
        s.startedAt = at(now, visit[0]);
        if (hall.live()) {
            push(s.startedAt, Kind.REACH, index(d), s.id);
        }
        push(at(now, visit[1]), Kind.END, index(d), visit[2] > 0 ? "TRANSFERRED" : "DONE");
    }

    /** A visitor the simulation did not issue (a real kiosk's, in a live hall). */
    private Segment outsider(Hall.Called called, long now) {
        Segment s = new Segment();
        s.id = called.ticketId();
        s.service = called.service();
        s.category = called.category();
        s.arrivedAt = now;
        s.issuedAt = now;
        return s;
    }

    private void endTicket(Desk d, long now, String end) {
        Segment s = d.current;
        done.add(ticket(s, now, end));
        if (!"TRANSFERRED".equals(end)) {
            hall.ended(s.id, d.plan, end, now);
        }
        listener.ended(s.service, d.plan.officerId(), s.calledAt, now);
        d.current = null;
        d.endedAt = now;
        // Until the pause is over the desk counts as busy, so neither an arrival nor the transfer below wakes it.
        d.busySince = now;
        if ("TRANSFERRED".equals(end)) {
            List<DayPlan.ServicePlan> others = plan.services().stream().filter(x -> !x.code().equals(s.service)).toList();
            if (!others.isEmpty()) {
                String target = others.get(random.nextInt(others.size())).code();
                enqueue(now, target, s.category, s.arrivedAt, s.originId == 0 ? s.id : s.originId, s.id);
            }
        }
        double gap = plan.gapMinutes() <= 0 ? 0 : plan.gapMinutes() * (0.5 + random.nextDouble());
        if (gap > 0) {
            push(at(now, gap), Kind.FREE, index(d), null);
        } else {
            d.busySince = -1;
            tryCall(d, now);
        }
    }

    private double draw(DayPlan.ServicePlan s) {
        if (s.exponential()) {
            return -Math.log(1 - random.nextDouble()) * s.meanMinutes();
        }
        double sigma = Math.sqrt(Math.log(1 + s.cv() * s.cv()));
        return s.meanMinutes() * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    private int index(Desk d) {
        for (int i = 0; i < desks.length; i++) {
            if (desks[i] == d) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private long at(long from, double minutes) {
        return from + (long) (minutes * 60_000);
    }

    private long at(double minutes) {
        return start + (long) (minutes * 60_000);
    }

    private void push(long at, Kind kind, int desk, Object payload) {
        events.add(new Event(at, seq++, kind, desk, payload));
    }

    private SimTicket ticket(Segment s, long endedAt, String end) {
        return new SimTicket(s.id, s.originId, s.service, s.category, s.arrivedAt, s.issuedAt, s.calledAt, s.counter,
                s.officer, s.startedAt, endedAt, end);
    }
}

package vn.motcua.server.simulate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.storage.Sql;

/**
 * {@code serve --demo --simulate}: the same {@link DaySimulation} the bench and the demo's history use, played
 * on the live server's (possibly accelerated) clock with the server as its hall ({@link ServerHall}): a kiosk
 * that issues tickets at an hour-dependent rate, officers who call, recall, serve, transfer and meet no-shows,
 * and a rating tablet. Counter 1 is left to a human who wants to try the officer console; the simulated
 * counters also call the tickets that person issues at a real kiosk.
 */
public final class LiveSimulation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSimulation.class);
    private static final long TICK_MILLIS = 200;
    private static final int FIRST_SIMULATED_COUNTER = 2;
    /** Hours one plan covers (a week of simulated time; then the next one starts). */
    private static final int PLAN_HOURS = 7 * 24;
    private static final double[] CATEGORY_WEIGHTS = {82, 7, 2, 3, 2, 3, 1};

    private final ServerApp.Components app;
    private final Clock clock;
    private final long seed;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulator");
        t.setDaemon(true);
        return t;
    });
    private final List<ServiceDef> services = new ArrayList<>();
    private final List<DayPlan.CounterPlan> desks = new ArrayList<>();
    private ServerHall hall;
    private DaySimulation day;
    private int plans;

    public LiveSimulation(ServerApp.Components app, long seed) {
        this.app = app;
        this.clock = app.clock();
        this.seed = seed;
    }

    public LiveSimulation start() {
        Map<Integer, Principal> officers = new HashMap<>();
        Principal[] devices = app.db().read(c -> {
            services.addAll(app.services().all(c));
            Principal kiosk = Sql.one(c, "SELECT id, name FROM device WHERE kind = 'KIOSK' AND revoked = 0 ORDER BY id LIMIT 1",
                    rs -> new Principal(rs.getLong(1), rs.getString(2), Role.KIOSK, true)).orElseThrow(
                    () -> new IllegalStateException("--simulate needs a kiosk device (use --demo)"));
            Principal tablet = Sql.one(c, "SELECT id, name FROM device WHERE kind = 'BOARD' AND revoked = 0 ORDER BY id LIMIT 1",
                    rs -> new Principal(rs.getLong(1), rs.getString(2), Role.BOARD, true)).orElse(kiosk);
            for (var k : app.counters().all(c)) {
                if (k.number() < FIRST_SIMULATED_COUNTER) {
                    continue;
                }
                Optional<Principal> officer = Sql.one(c, "SELECT id, username FROM app_user WHERE username = ? AND role = 'OFFICER'",
                        rs -> new Principal(rs.getLong(1), rs.getString(2), Role.OFFICER, false), "officer" + k.number());
                officer.ifPresent(o -> {
                    officers.put(k.number(), o);
                    desks.add(new DayPlan.CounterPlan(k.number(), k.services(), k.priority(), 1.0, o.id(),
                            DayPlan.CounterPlan.always(PLAN_HOURS * 60.0 + 1)));
                });
            }
            return new Principal[] {kiosk, tablet};
        });
        if (desks.isEmpty() || services.isEmpty()) {
            throw new IllegalStateException("--simulate needs services and counters 2+ with officers (use --demo)");
        }
        hall = new ServerHall(app, devices[0], devices[1], officers, seed);
        long now = clock.millis();
        day = new DaySimulation(plan(now), hall, now, seed).begin();
        timer.scheduleWithFixedDelay(this::tickSafely, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("Simulation running: {} counters", desks.size());
        return this;
    }

    /**
     * The next {@link #PLAN_HOURS} from {@code from}: the server's services with their typical times, its
     * counters 2+ open throughout, arrivals just under what those counters can serve (busier mornings, a
     * lunch dip; outside office hours the demo still runs at a daytime pace) and a queue at the door.
     */
    DayPlan plan(long from) {
        double meanService = services.stream().mapToInt(ServiceDef::defaultServiceMinutes).average().orElse(8);
        double base = desks.size() * 60 / meanService * 0.9;
        double[] perHour = new double[PLAN_HOURS];
        for (int i = 0; i < perHour.length; i++) {
            int hour = Instant.ofEpochMilli(from + i * 3_600_000L).atZone(CentreTime.ZONE).getHour();
            perHour[i] = base * hourFactor(hour);
        }
        // A morning queue already at the door, so a fresh demo has something on every screen at once.
        perHour[0] += desks.size() * 2;
        double weightSum = 0;
        for (ServiceDef s : services) {
            weightSum += services.size() - s.sortOrder() + 2.0;
        }
        List<DayPlan.ServicePlan> plans = new ArrayList<>();
        for (ServiceDef s : services) {
            plans.add(new DayPlan.ServicePlan(s.code(), (services.size() - s.sortOrder() + 2.0) / weightSum,
                    s.defaultServiceMinutes(), 0.47, false, s.targetWaitMinutes()));
        }
        Map<Category, Double> shares = new EnumMap<>(Category.class);
        Category[] all = Category.values();
        for (int i = 0; i < all.length; i++) {
            shares.put(all[i], CATEGORY_WEIGHTS[i] / 100.0);
        }
        return new DayPlan("live", LocalDate.ofInstant(Instant.ofEpochMilli(from), CentreTime.ZONE), 0, perHour, plans,
                shares, desks, 0.06, 0.05, 0.6, 0.25, 2.5);
    }

    private static double hourFactor(int hour) {
        return switch (hour) {
            case 8, 9 -> 1.3;
            case 11, 12 -> 0.5;
            case 14, 15 -> 1.1;
            default -> 1.0;
        };
    }

    private void tickSafely() {
        try {
            long now = clock.millis();
            day.advanceTo(now);
            hall.rateDue(now);
            if (now >= day.end()) {
                plans++;
                day = new DaySimulation(plan(now), hall, now, seed + plans).begin();
            }
        } catch (RuntimeException e) {
            LOG.warn("Simulation step failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

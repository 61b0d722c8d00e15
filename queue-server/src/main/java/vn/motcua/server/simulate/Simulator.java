package vn.motcua.server.simulate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.client.TicketView;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.rating.RatingService;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.storage.Sql;

/**
 * {@code serve --demo --simulate}: a kiosk that issues tickets at a realistic, hour-dependent rate, officers who
 * call, recall, serve, transfer and meet no-shows, and counter tablets that rate. It drives the same services
 * the HTTP API uses, on the server's (possibly accelerated) clock, so every figure on the dashboard comes from
 * the ordinary event log. Counter 1 is left to a human who wants to try the officer console.
 */
public final class Simulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final long TICK_MILLIS = 200;
    private static final int FIRST_SIMULATED_COUNTER = 2;
    private static final String[] SCORES = {"VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED"};
    private static final double[] SCORE_WEIGHTS = {58, 34, 6, 2};
    private static final String[] OUTCOMES = {"RECEIVED", "SUPPLEMENT_REQUESTED", "REFUSED", "INFO_ONLY"};
    private static final double[] OUTCOME_WEIGHTS = {72, 14, 2, 12};
    private static final Category[] CATEGORIES = Category.values();
    private static final double[] CATEGORY_WEIGHTS = {82, 7, 2, 3, 2, 3, 1};

    private final ServerApp.Components app;
    private final RatingService ratings;
    private final Clock clock;
    private final Random random;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulator");
        t.setDaemon(true);
        return t;
    });
    private final List<Desk> desks = new ArrayList<>();
    private final List<ServiceDef> services = new ArrayList<>();
    private final Map<Long, Long> pendingRatings = new HashMap<>();
    private Principal kiosk;
    private Principal tablet;
    private long lastTick;
    private double arrivalsPerHour;

    /** One simulated counter and the officer at it. */
    private static final class Desk {
        final int counter;
        final Principal officer;
        final List<String> services;
        String step = "IDLE";
        long dueAt;
        TicketView ticket;
        boolean noShow;

        Desk(int counter, Principal officer, List<String> services) {
            this.counter = counter;
            this.officer = officer;
            this.services = services;
        }
    }

    public Simulator(ServerApp.Components app, long seed) {
        this.app = app;
        this.clock = app.clock();
        this.ratings = new RatingService(app.db(), clock);
        this.random = new Random(seed);
    }

    public Simulator start() {
        app.db().read(c -> {
            services.addAll(app.services().all(c));
            kiosk = Sql.one(c, "SELECT id, name FROM device WHERE kind = 'KIOSK' AND revoked = 0 ORDER BY id LIMIT 1",
                    rs -> new Principal(rs.getLong(1), rs.getString(2), Role.KIOSK, true)).orElseThrow(
                    () -> new IllegalStateException("--simulate needs a kiosk device (use --demo)"));
            tablet = Sql.one(c, "SELECT id, name FROM device WHERE kind = 'BOARD' AND revoked = 0 ORDER BY id LIMIT 1",
                    rs -> new Principal(rs.getLong(1), rs.getString(2), Role.BOARD, true)).orElse(kiosk);
            for (var k : app.counters().all(c)) {
                if (k.number() < FIRST_SIMULATED_COUNTER) {
                    continue;
                }
                Optional<Principal> officer = Sql.one(c, "SELECT id, username FROM app_user WHERE username = ? AND role = 'OFFICER'",
                        rs -> new Principal(rs.getLong(1), rs.getString(2), Role.OFFICER, false), "officer" + k.number());
                officer.ifPresent(o -> desks.add(new Desk(k.number(), o, k.services())));
            }
            return null;
        });
        double meanService = services.stream().mapToInt(ServiceDef::defaultServiceMinutes).average().orElse(8);
        // Keep the hall busy but not overflowing: arrivals just under what the simulated counters can serve.
        arrivalsPerHour = desks.size() * 60 / meanService * 0.9;
        for (Desk d : desks) {
            quietly(() -> app.counterService().open(d.counter, d.officer));
        }
        // A morning queue already at the door, so a fresh demo has something on every screen at once.
        for (int i = 0; i < desks.size() * 2; i++) {
            arrive();
        }
        lastTick = clock.millis();
        timer.scheduleWithFixedDelay(this::tickSafely, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("Simulation running: {} counters, about {} arrivals per simulated hour", desks.size(),
                Math.round(arrivalsPerHour));
        return this;
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("Simulation step failed: {}", e.toString());
        }
    }

    private void tick() {
        long now = clock.millis();
        double hours = (now - lastTick) / 3_600_000.0;
        lastTick = now;
        int arrivals = poisson(arrivalsPerHour * hourFactor(now) * hours);
        for (int i = 0; i < arrivals; i++) {
            arrive();
        }
        for (Desk d : desks) {
            if (now >= d.dueAt) {
                act(d, now);
            }
        }
        pendingRatings.entrySet().removeIf(e -> {
            if (now < e.getValue()) {
                return false;
            }
            rate(e.getKey());
            return true;
        });
    }

    /** Busier mornings, a lunch dip; outside office hours the demo still runs at a daytime pace. */
    private static double hourFactor(long now) {
        int hour = LocalTime.ofInstant(Instant.ofEpochMilli(now), CentreTime.ZONE).getHour();
        return switch (hour) {
            case 8, 9 -> 1.3;
            case 11, 12 -> 0.5;
            case 14, 15 -> 1.1;
            default -> 1.0;
        };
    }

    private void arrive() {
        ServiceDef s = services.get(weighted(services.stream().mapToDouble(x -> services.size() - x.sortOrder() + 2.0).toArray()));
        Category category = CATEGORIES[weighted(CATEGORY_WEIGHTS)];
        quietly(() -> app.ticketService().issue(new IssueTicketRequest(s.code(), category), kiosk, null));
    }

    private void act(Desk d, long now) {
        switch (d.step) {
            case "IDLE" -> {
                Optional<TicketView> called = quietly(() -> app.counterService().next(d.counter, d.officer, null))
                        .flatMap(x -> x);
                if (called.isEmpty()) {
                    d.dueAt = now + seconds(20, 40);
                    return;
                }
                d.ticket = called.get();
                d.noShow = random.nextDouble() < 0.06;
                d.step = d.noShow ? "RECALL" : "START";
                d.dueAt = now + (d.noShow ? seconds(60, 90) : seconds(15, 60));
            }
            case "RECALL" -> {
                quietly(() -> app.counterService().recall(d.ticket.id(), d.officer, null));
                d.step = "NO_SHOW";
                d.dueAt = now + seconds(60, 90);
            }
            case "NO_SHOW" -> {
                quietly(() -> app.counterService().noShow(d.ticket.id(), d.officer, null));
                idle(d, now);
            }
            case "START" -> {
                quietly(() -> app.counterService().start(d.ticket.id(), d.officer, null));
                ServiceDef s = services.stream().filter(x -> x.code().equals(d.ticket.service())).findFirst().orElseThrow();
                double minutes = s.defaultServiceMinutes() * Math.exp(0.45 * random.nextGaussian());
                d.step = "FINISH";
                d.dueAt = now + (long) (Math.min(minutes, s.defaultServiceMinutes() * 5.0) * 60_000);
            }
            case "FINISH" -> {
                if (random.nextDouble() < 0.05) {
                    List<ServiceDef> others = services.stream().filter(x -> !x.code().equals(d.ticket.service())).toList();
                    String target = others.get(random.nextInt(others.size())).code();
                    quietly(() -> app.ticketService().transfer(d.ticket.id(), target, d.officer, null));
                } else {
                    String outcome = OUTCOMES[weighted(OUTCOME_WEIGHTS)];
                    quietly(() -> app.counterService().finish(d.ticket.id(), outcome, d.officer, null));
                    if (random.nextDouble() < 0.7) {
                        pendingRatings.put(d.ticket.id(), now + seconds(10, 40));
                    }
                }
                idle(d, now);
            }
            default -> idle(d, now);
        }
    }

    private void idle(Desk d, long now) {
        d.step = "IDLE";
        d.ticket = null;
        d.dueAt = now + seconds(5, 30);
    }

    private void rate(long ticketId) {
        quietly(() -> {
            var pending = app.db().read(c -> Sql.one(c, "SELECT counter_number FROM event WHERE ticket_id = ? "
                    + "AND type = 'ticket.finished' ORDER BY id DESC LIMIT 1", rs -> rs.getInt(1), ticketId));
            pending.ifPresent(counter -> ratings.rate(new RatingService.RatingRequest(counter, ticketId,
                    SCORES[weighted(SCORE_WEIGHTS)], random.nextInt(4) == 0 ? List.of("FAST_SERVICE") : List.of()), tablet));
            return null;
        });
    }

    /** A refusal (someone else moved the ticket, the day rolled over) only means this step is skipped. */
    private <T> Optional<T> quietly(java.util.function.Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (ApiException e) {
            LOG.debug("Simulation step refused: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private long seconds(int min, int max) {
        return (min + random.nextInt(max - min + 1)) * 1000L;
    }

    private int poisson(double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private int weighted(double[] weights) {
        return vn.motcua.server.simulate.Weighted.pick(random, weights);
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

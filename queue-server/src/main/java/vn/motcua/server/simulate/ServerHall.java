package vn.motcua.server.simulate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.client.TicketView;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.rating.RatingService;
import vn.motcua.server.storage.Sql;

/**
 * A live server as the hall of a simulated day: the kiosk's tickets, the officers' calls, starts, recalls,
 * finishes, no-shows and transfers, and the rating tablet's ratings all go through the same services the
 * HTTP API uses, on the server's clock, so every figure on the dashboard comes from the ordinary event log
 * and whom a counter calls is the server's call policy.
 */
final class ServerHall implements Hall {
    private static final Logger LOG = LoggerFactory.getLogger(ServerHall.class);
    private static final String[] SCORES = {"VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED"};
    private static final double[] SCORE_WEIGHTS = {58, 34, 6, 2};
    private static final String[] OUTCOMES = {"RECEIVED", "SUPPLEMENT_REQUESTED", "REFUSED", "INFO_ONLY"};
    private static final double[] OUTCOME_WEIGHTS = {72, 14, 2, 12};
    private static final double RATED_SHARE = 0.7;

    private final ServerApp.Components app;
    private final RatingService ratings;
    private final Principal kiosk;
    private final Principal tablet;
    private final Map<Integer, Principal> officers;
    private final Random random;
    /** Which counter each visit is at, so a transfer is made by the officer who serves it. */
    private final Map<Long, Integer> atCounter = new HashMap<>();
    private final Map<Long, Long> pendingRatings = new HashMap<>();

    ServerHall(ServerApp.Components app, Principal kiosk, Principal tablet, Map<Integer, Principal> officers, long seed) {
        this.app = app;
        this.ratings = new RatingService(app.db(), app.clock());
        this.kiosk = kiosk;
        this.tablet = tablet;
        this.officers = Map.copyOf(officers);
        this.random = new Random(seed);
    }

    @Override
    public long issue(String service, Category category, long arrivedAt, long transferOf, long now) {
        Optional<TicketView> view = transferOf > 0
                ? quietly(() -> app.ticketService().transfer(transferOf, service, officerOf(transferOf), null))
                : quietly(() -> app.ticketService().issue(new IssueTicketRequest(service, category), kiosk, null).ticket());
        if (transferOf > 0) {
            atCounter.remove(transferOf);
        }
        return view.map(TicketView::id).orElse(-1L);
    }

    @Override
    public Called call(DayPlan.CounterPlan counter, int prioritySinceNormal, long now) {
        Optional<TicketView> view = quietly(() -> app.counterService().next(counter.number(), officer(counter), null))
                .flatMap(x -> x);
        view.ifPresent(v -> atCounter.put(v.id(), counter.number()));
        return view.map(v -> new Called(v.id(), v.service(), v.category())).orElse(null);
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public void opened(DayPlan.CounterPlan counter, long now) {
        quietly(() -> app.counterService().open(counter.number(), officer(counter)));
    }

    @Override
    public void closed(DayPlan.CounterPlan counter, long now) {
        quietly(() -> app.counterService().close(counter.number(), officer(counter)));
    }

    @Override
    public void reached(long ticketId, DayPlan.CounterPlan counter, boolean recall, long now) {
        quietly(() -> recall ? app.counterService().recall(ticketId, officer(counter), null)
                : app.counterService().start(ticketId, officer(counter), null));
    }

    @Override
    public void ended(long ticketId, DayPlan.CounterPlan counter, String end, long now) {
        atCounter.remove(ticketId);
        if ("NO_SHOW".equals(end)) {
            quietly(() -> app.counterService().noShow(ticketId, officer(counter), null));
            return;
        }
        String outcome = OUTCOMES[Weighted.pick(random, OUTCOME_WEIGHTS)];
        Optional<TicketView> done = quietly(() -> app.counterService().finish(ticketId, outcome, officer(counter), null));
        if (done.isPresent() && random.nextDouble() < RATED_SHARE) {
            pendingRatings.put(ticketId, now + (10 + random.nextInt(31)) * 1000L);
        }
    }

    /** The rating tablet: a visitor rates a little after the finish. */
    void rateDue(long now) {
        pendingRatings.entrySet().removeIf(e -> {
            if (now < e.getValue()) {
                return false;
            }
            rate(e.getKey());
            return true;
        });
    }

    private void rate(long ticketId) {
        quietly(() -> {
            var counter = app.db().read(c -> Sql.one(c, "SELECT counter_number FROM event WHERE ticket_id = ? "
                    + "AND type = 'ticket.finished' ORDER BY id DESC LIMIT 1", rs -> rs.getInt(1), ticketId));
            counter.ifPresent(k -> ratings.rate(new RatingService.RatingRequest(k, ticketId,
                    SCORES[Weighted.pick(random, SCORE_WEIGHTS)], random.nextInt(4) == 0 ? List.of("FAST_SERVICE") : List.of()),
                    tablet));
            return null;
        });
    }

    private Principal officer(DayPlan.CounterPlan counter) {
        return officers.get(counter.number());
    }

    private Principal officerOf(long ticketId) {
        Integer counter = atCounter.get(ticketId);
        return counter == null ? null : officers.get(counter);
    }

    /** A refusal (a person at the console moved the ticket, the day rolled over) only means this step is skipped. */
    private static <T> Optional<T> quietly(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (ApiException e) {
            LOG.debug("Simulation step refused: {}", e.getMessage());
            return Optional.empty();
        }
    }
}

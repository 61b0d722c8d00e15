package vn.motcua.server.ticket;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.client.TicketEvent;
import vn.motcua.client.TicketState;
import vn.motcua.client.TicketView;
import vn.motcua.client.WaitRange;
import vn.motcua.server.forecast.WaitForecast;
import vn.motcua.server.forecast.WaitForecasts;
import vn.motcua.server.queue.PolicySettings;
import vn.motcua.server.queue.WaitEstimator;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Sql;

/** Builds the API view of a ticket: position, estimated wait, status URL and history. */
public final class TicketViews {
    private final ServiceStore services;
    private final WaitEstimator estimator;
    private final PolicySettings policy;
    private final WaitForecasts forecasts;
    private final java.time.Clock clock;

    public TicketViews(ServiceStore services, WaitEstimator estimator, PolicySettings policy) {
        this(services, estimator, policy, WaitForecasts.NONE, java.time.Clock.systemUTC());
    }

    public TicketViews(ServiceStore services, WaitEstimator estimator, PolicySettings policy, WaitForecasts forecasts,
                       java.time.Clock clock) {
        this.services = services;
        this.estimator = estimator;
        this.policy = policy;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    /**
     * The estimate a waiting ticket is given: people ahead, the naive figure (kept as the yardstick the
     * forecaster is scored against) and the forecast when there is one. The minutes shown are the forecast's.
     */
    public record Given(int ahead, int naiveMinutes, WaitForecast.Estimate forecast) {
        public int minutes() {
            return forecast == null ? naiveMinutes : (int) Math.round(forecast.central());
        }

        public WaitRange range() {
            if (forecast == null) {
                return null;
            }
            int low = (int) Math.floor(forecast.low());
            return new WaitRange(Math.min(low, minutes()), Math.max(minutes(), (int) Math.ceil(forecast.high())));
        }
    }

    public Given given(Connection c, Ticket t, ServiceDef service) throws SQLException {
        int ahead = ahead(c, t);
        int naive = estimator.minutes(c, service, ahead);
        return new Given(ahead, naive, forecasts.estimate(t, clock.millis()).orElse(null));
    }

    public TicketView view(Connection c, Ticket t, String baseUrl, boolean withHistory) throws SQLException {
        return view(c, t, t.state() == TicketState.WAITING ? services.find(c, t.serviceCode()).orElseThrow() : null, baseUrl,
                withHistory);
    }

    /** @param service the ticket's service, which the caller has at hand when it has just issued it */
    public TicketView view(Connection c, Ticket t, ServiceDef service, String baseUrl, boolean withHistory)
            throws SQLException {
        return view(c, t, t.state() == TicketState.WAITING ? given(c, t, service) : null, baseUrl, withHistory);
    }

    /** @param given the ticket's estimate, which the issuing path has already computed to record it */
    public TicketView view(Connection c, Ticket t, Given given, String baseUrl, boolean withHistory) throws SQLException {
        Integer ahead = given == null ? null : given.ahead();
        Integer estimate = given == null ? null : given.minutes();
        WaitRange range = given == null ? null : given.range();
        List<TicketEvent> history = null;
        vn.motcua.client.VisitWait visit = null;
        if (withHistory) {
            visit = vn.motcua.server.report.VisitWaits.of(c, t.id(), clock.millis());
            history = Sql.list(c, "SELECT e.id, e.type, e.at, e.counter_number, u.username, e.detail FROM event e "
                    + "LEFT JOIN app_user u ON u.id = e.officer_id WHERE e.ticket_id = ? ORDER BY e.id",
                    rs -> new TicketEvent(rs.getLong(1), rs.getString(2),
                            Instant.ofEpochMilli(rs.getLong(3)).atZone(CentreTime.ZONE).toOffsetDateTime(),
                            Sql.intOrNull(rs, "counter_number"), rs.getString(5), rs.getString(6)), t.id());
        }
        return new TicketView(t.id(), t.number(), t.serviceCode(), t.category(), t.state(),
                Instant.ofEpochMilli(t.issuedAt()).atZone(CentreTime.ZONE).toOffsetDateTime(), ahead, estimate, range,
                baseUrl + "/t/" + t.id(), t.counterNumber(), t.recalls(), history, visit);
    }

    /** The view for the public: the history without the officers' usernames. */
    public static TicketView withoutOfficers(TicketView v) {
        if (v.history() == null) {
            return v;
        }
        List<TicketEvent> history = v.history().stream()
                .map(e -> new TicketEvent(e.seq(), e.type(), e.at(), e.counter(), null, e.detail())).toList();
        return new TicketView(v.id(), v.number(), v.service(), v.category(), v.state(), v.issuedAt(), v.ahead(),
                v.estimatedWaitMinutes(), v.estimatedWaitRange(), v.statusUrl(), v.counter(), v.recalls(), history, v.visit());
    }

    /**
     * People called before this ticket if nobody else arrives: a normal visitor has every earlier arrival
     * and every priority visitor ahead; a priority visitor has those of equal or higher weight who came earlier.
     *
     * <p>Counted as "everyone waiting in the higher and equal classes" (kept per category in
     * {@code waiting_count}) minus those of the equal class who came later. A newly issued ticket has nobody
     * after it, so its count costs the same for a queue of ten and of ten thousand.
     */
    public int ahead(Connection c, Ticket t) throws SQLException {
        List<String> higher = new java.util.ArrayList<>();
        List<String> equal = new java.util.ArrayList<>();
        int mine = policy.weight(t.category());
        for (Category category : Category.values()) {
            boolean isHigher = t.category().isPriority() ? policy.weight(category) > mine : category.isPriority();
            boolean isEqual = t.category().isPriority() ? policy.weight(category) == mine : category == t.category();
            if (isHigher) {
                higher.add(category.name());
            } else if (isEqual) {
                equal.add(category.name());
            }
        }
        Map<String, Integer> waiting = new HashMap<>();
        for (var row : Sql.list(c, "SELECT category, n FROM waiting_count WHERE service_code = ?",
                rs -> Map.entry(rs.getString(1), rs.getInt(2)), t.serviceCode())) {
            waiting.put(row.getKey(), row.getValue());
        }
        int before = 0;
        for (String category : higher) {
            before += waiting.getOrDefault(category, 0);
        }
        for (String category : equal) {
            before += waiting.getOrDefault(category, 0);
        }
        String marks = String.join(", ", java.util.Collections.nCopies(equal.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(List.of(t.serviceCode(), t.arrivedAt(), t.arrivedAt(), t.id()));
        args.addAll(equal);
        // arrived_at >= ? first so SQLite walks the waiting index from this ticket's arrival onwards only
        long later = Sql.count(c, "SELECT COUNT(*) FROM ticket WHERE state = 'WAITING' AND service_code = ? "
                + "AND arrived_at >= ? AND (arrived_at > ? OR id > ?) AND category IN (" + marks + ")", args.toArray());
        return (int) Math.max(0, before - 1 - later); // minus the ticket itself, which is in its own class
    }
}

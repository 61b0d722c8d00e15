package vn.motcua.server.ticket;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.motcua.client.Category;
import vn.motcua.client.EventType;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.client.TicketState;
import vn.motcua.client.TicketView;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.counter.Counter;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.forecast.EstimateLog;
import vn.motcua.server.forecast.WaitForecasts;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/** Issuing, cancelling and transferring tickets, and the end-of-day rollover. */
public final class TicketService {
    private static final java.util.regex.Pattern REQUEST_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private final Database db;
    private final Recorder recorder;
    private final Clock clock;
    private final ServiceStore services;
    private final CounterStore counters;
    private final TicketStore tickets;
    private final TicketViews views;
    private final DayRollover rollover;
    private final EstimateLog estimates;
    private final WaitForecasts forecasts;
    private final IssueLimiter limiter;

    public TicketService(Database db, Recorder recorder, Clock clock, ServiceStore services, CounterStore counters,
                         TicketStore tickets, TicketViews views, DayRollover rollover, WaitForecasts forecasts,
                         IssueLimiter limiter) {
        this.estimates = new EstimateLog();
        this.forecasts = forecasts;
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.services = services;
        this.counters = counters;
        this.tickets = tickets;
        this.views = views;
        this.rollover = rollover;
        this.limiter = limiter;
    }

    public record Issued(TicketView ticket, boolean created) {
    }

    public Issued issue(IssueTicketRequest request, Principal by, String baseUrl) {
        String code = request.service();
        if (code == null || code.isBlank()) {
            throw ApiException.badRequest("invalid_field", "Thiếu trường bắt buộc / missing field 'service'");
        }
        Category category = request.category() == null ? Category.NORMAL : request.category();
        String requestId = request.requestId();
        if (requestId != null && !REQUEST_ID.matcher(requestId).matches()) {
            throw ApiException.badRequest("invalid_field",
                    "requestId chỉ gồm chữ, số, . _ : - (tối đa 100) / invalid field 'requestId'");
        }
        // The view (people ahead, estimate) is read inside the transaction: the writer's page cache is warm,
        // while a reader starting a snapshot after each commit had to fetch every page again.
        return recorder.transaction(tx -> {
            var c = tx.connection();
            ServiceDef service = services.find(c, code).orElseThrow(() -> ApiException.badRequest("invalid_field",
                    "Dịch vụ không tồn tại / unknown service in field 'service': " + code));
            if (requestId != null && by.device()) {
                Optional<Ticket> earlier = tickets.findByRequest(c, by.id(), requestId);
                if (earlier.isPresent()) {
                    return new Issued(views.view(c, earlier.get(), baseUrl, false), false);
                }
            }
            List<String> later = laterServices(c, service.code(), request.thenServices());
            return new Issued(create(tx, service, category, by, by.device() ? requestId : null, baseUrl, later), true);
        });
    }

    /**
     * Issues a ticket inside the caller's transaction (a booking's check-in issues its APPOINTMENT ticket
     * in the same unit of work that marks the booking used).
     */
    public TicketView issueWithin(Recorder.Tx tx, String serviceCode, Category category, Principal by, String baseUrl)
            throws SQLException {
        ServiceDef service = services.find(tx.connection(), serviceCode).orElseThrow(() -> ApiException.badRequest(
                "invalid_field", "Dịch vụ không tồn tại / unknown service " + serviceCode));
        return create(tx, service, category, by, null, baseUrl, List.of());
    }

    /** At most this many services in one visit. */
    static final int MAX_SERVICES = 4;

    /** The services after the first of a visit with several, checked: known, distinct, at most {@link #MAX_SERVICES}. */
    private List<String> laterServices(java.sql.Connection c, String first, List<String> then) throws SQLException {
        if (then == null || then.isEmpty()) {
            return List.of();
        }
        if (then.size() > MAX_SERVICES - 1) {
            throw ApiException.badRequest("invalid_field", "Tối đa " + MAX_SERVICES + " thủ tục trong một lượt / at most "
                    + MAX_SERVICES + " services in one visit (field 'thenServices')");
        }
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(first));
        for (String code : then) {
            if (code == null || services.find(c, code).isEmpty()) {
                throw ApiException.badRequest("invalid_field", "Dịch vụ không tồn tại / unknown service in field 'thenServices': "
                        + code);
            }
            if (!seen.add(code)) {
                throw ApiException.badRequest("invalid_field", "Dịch vụ lặp lại / service named twice in the visit: " + code);
            }
        }
        return List.copyOf(then);
    }

    private TicketView create(Recorder.Tx tx, ServiceDef service, Category category, Principal by, String requestId,
                              String baseUrl, List<String> later) throws SQLException {
        var c = tx.connection();
        long now = clock.millis();
        rollover.ensure(tx, now);
        String day = ServiceDay.of(now);
        int seq = tickets.nextSequence(c, service.code(), day);
        if (seq == TicketStore.EXHAUSTED) {
            throw new ApiException(409, "numbers_exhausted",
                    "Đã hết số trong ngày cho dịch vụ / no numbers left today for service " + service.code());
        }
        // a phone joining remotely has no device or user to hold a share (by == null); its own limits are per phone
        if (by != null && seq > limiter.limits().dailySharePerService()) {
            // only past the share is it worth counting: the common ticket costs no extra query
            limiter.checkShare(by, service.code(), Sql.count(c, "SELECT COUNT(*) FROM event WHERE service_day = ? "
                    + "AND type = 'ticket.issued' AND service_code = ? AND " + (by.device() ? "device_id" : "officer_id")
                    + " = ?", day, service.code(), by.id()));
        }
        String number = Ticket.number(service.prefix(), seq);
        Ticket fresh = new Ticket(0, number, service.code(), day, category, TicketState.WAITING, now, now, null, null,
                0, null, by == null ? null : by.deviceId(), requestId, now, later);
        long id = tickets.insert(c, fresh);
        Ticket issued = fresh.withId(id);
        tx.record(TicketEvents.issued(now, day, issued, by == null ? null : by.userId(), by == null ? null : by.deviceId(), null));
        TicketViews.Given given = views.given(c, issued, service);
        estimates.record(c, issued, now, given);
        forecasts.issued(service.code(), category);
        return views.view(c, issued, given, baseUrl, false);
    }

    /** A ticket joined from a phone (no device, no officer): the caller records what makes it remote. */
    public TicketView issueRemote(Recorder.Tx tx, String serviceCode, String baseUrl) throws SQLException {
        ServiceDef service = services.find(tx.connection(), serviceCode).orElseThrow(() -> ApiException.badRequest(
                "invalid_field", "Dịch vụ không tồn tại / unknown service in field 'service': " + serviceCode));
        return create(tx, service, Category.NORMAL, null, null, baseUrl, List.of());
    }

    /** Cancels a waiting ticket on the system's own account (a remote ticket not confirmed in time). */
    public void cancelBySystem(Recorder.Tx tx, long id, String detail) throws SQLException {
        var c = tx.connection();
        Ticket t = find(c, id);
        if (t.state() != TicketState.WAITING) {
            return;
        }
        long now = clock.millis();
        Ticket cancelled = t.withState(TicketState.CANCELLED, now);
        tickets.update(c, cancelled);
        tx.record(TicketEvents.of(EventType.TICKET_CANCELLED, now, cancelled, null, detail));
    }

    public TicketView view(long id, String baseUrl, boolean withHistory) {
        return db.read(c -> views.view(c, find(c, id), baseUrl, withHistory));
    }

    public TicketView cancel(long id, Principal by, String baseUrl) {
        return recorder.transaction(tx -> {
            var c = tx.connection();
            Ticket t = find(c, id);
            if (by.role() == Role.KIOSK && !Long.valueOf(by.id()).equals(t.deviceId())) {
                throw ApiException.forbidden("Ki-ốt chỉ huỷ được số do chính nó cấp / a kiosk may cancel only its own tickets");
            }
            if (by.role() == Role.OFFICER) {
                requireAtCounter(c, t, by);
            }
            if (t.state() != TicketState.WAITING && t.state() != TicketState.CALLED) {
                throw ApiException.conflict("Không thể huỷ số ở trạng thái " + t.state() + " / cannot cancel a ticket in state "
                        + t.state());
            }
            long now = clock.millis();
            Ticket cancelled = t.withState(TicketState.CANCELLED, now);
            tickets.update(c, cancelled);
            releaseCounter(c, t);
            tx.record(TicketEvents.of(EventType.TICKET_CANCELLED, now, cancelled, by, null));
            return views.view(c, cancelled, baseUrl, false);
        });
    }

    /** Ends the ticket's segment and queues a new one in {@code target} that keeps the arrival time. */
    public TicketView transfer(long id, String target, Principal by, String baseUrl) {
        if (target == null || target.isBlank()) {
            throw ApiException.badRequest("invalid_field", "Thiếu trường bắt buộc / missing field 'service'");
        }
        return recorder.transaction(tx -> {
            var c = tx.connection();
            Ticket t = find(c, id);
            ServiceDef to = services.find(c, target).orElseThrow(() -> ApiException.badRequest("invalid_field",
                    "Dịch vụ không tồn tại / unknown service in field 'service': " + target));
            if (by.role() == Role.OFFICER) {
                requireAtCounter(c, t, by);
            }
            if (!t.state().isLive()) {
                throw ApiException.conflict("Không thể chuyển số ở trạng thái " + t.state() + " / cannot transfer a ticket in state "
                        + t.state());
            }
            if (to.code().equals(t.serviceCode())) {
                throw ApiException.badRequest("invalid_field", "Số đã ở dịch vụ này / field 'service' names the ticket's own service");
            }
            long now = clock.millis();
            String day = ServiceDay.of(now);
            int seq = tickets.nextSequence(c, to.code(), day);
            if (seq == TicketStore.EXHAUSTED) {
                throw new ApiException(409, "numbers_exhausted",
                        "Đã hết số trong ngày cho dịch vụ / no numbers left today for service " + to.code());
            }
            String number = Ticket.number(to.prefix(), seq);
            Ticket next = new Ticket(0, number, to.code(), day, t.category(), TicketState.WAITING, t.arrivedAt(), now,
                    null, null, 0, t.originTicketId() != null ? t.originTicketId() : t.id(), t.deviceId(), null, now,
                    t.laterServices().stream().filter(s -> !s.equals(to.code())).toList());
            long newId = tickets.insert(c, next);
            Ticket ended = t.withState(TicketState.TRANSFERRED, now);
            tickets.update(c, ended);
            releaseCounter(c, t);
            tx.record(TicketEvents.of(EventType.TICKET_TRANSFERRED, now, ended, by, to.code() + ":" + newId));
            Ticket created = tickets.find(c, newId).orElseThrow();
            tx.record(TicketEvents.issued(now, day, created, by.userId(), by.deviceId(), "transfer:" + t.id()));
            return views.view(c, created, baseUrl, false);
        });
    }

    Ticket find(java.sql.Connection c, long id) throws SQLException {
        return tickets.find(c, id).orElseThrow(() -> ApiException.notFound("Số thứ tự / ticket " + id));
    }

    private void requireAtCounter(java.sql.Connection c, Ticket t, Principal by) throws SQLException {
        Optional<Counter> mine = counters.findByOfficer(c, by.id());
        boolean waitingInMyServices = t.state() == TicketState.WAITING && mine.isPresent()
                && mine.get().services().contains(t.serviceCode());
        boolean atMyCounter = mine.isPresent() && t.counterNumber() != null && t.counterNumber() == mine.get().number();
        if (!atMyCounter && !waitingInMyServices) {
            throw ApiException.forbidden("Số này không ở quầy của bạn / this ticket is not at your counter");
        }
    }

    private void releaseCounter(java.sql.Connection c, Ticket t) throws SQLException {
        if (t.counterNumber() == null) {
            return;
        }
        Optional<Counter> k = counters.find(c, t.counterNumber());
        if (k.isPresent() && Long.valueOf(t.id()).equals(k.get().currentTicketId())) {
            Counter v = k.get();
            counters.update(c, new Counter(v.number(), v.name(), v.priority(), v.state(), v.officerId(), null,
                    v.prioritySinceNormal(), v.services()));
        }
    }

}

package vn.motcua.server.counter;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.motcua.client.EventType;
import vn.motcua.client.TicketState;
import vn.motcua.client.TicketView;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.event.NewEvent;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.queue.AppointmentSlots;
import vn.motcua.server.queue.RemoteTickets;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.ticket.DayRollover;
import vn.motcua.server.ticket.ServiceDay;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketEvents;
import vn.motcua.server.ticket.TicketStore;
import vn.motcua.server.ticket.TicketViews;

/** What an officer does at a counter: open, call next, recall, start, finish, no-show, pause, close. */
public final class CounterService {
    private final Recorder recorder;
    private final Clock clock;
    private final CounterStore counters;
    private final TicketStore tickets;
    private final ServiceStore services;
    private final TicketViews views;
    private final CallPolicy policy;
    private final DayRollover rollover;
    private final CounterRules rules;
    private final WaitingList list;

    public CounterService(Recorder recorder, Clock clock, CounterStore counters, TicketStore tickets,
                          ServiceStore services, TicketViews views, CallPolicy policy, DayRollover rollover,
                          CounterRules rules) {
        this(recorder, clock, counters, tickets, services, views, policy, rollover, rules, AppointmentSlots.NONE);
    }

    public CounterService(Recorder recorder, Clock clock, CounterStore counters, TicketStore tickets,
                          ServiceStore services, TicketViews views, CallPolicy policy, DayRollover rollover,
                          CounterRules rules, AppointmentSlots slots) {
        this(recorder, clock, counters, tickets, services, views, policy, rollover, rules, slots, RemoteTickets.NONE);
    }

    public CounterService(Recorder recorder, Clock clock, CounterStore counters, TicketStore tickets, ServiceStore services,
                          TicketViews views, CallPolicy policy, DayRollover rollover,
                          CounterRules rules, AppointmentSlots slots, RemoteTickets remote) {
        this.list = new WaitingList(tickets, services, policy, slots, remote);
        this.recorder = recorder;
        this.clock = clock;
        this.counters = counters;
        this.tickets = tickets;
        this.services = services;
        this.views = views;
        this.policy = policy;
        this.rollover = rollover;
        this.rules = rules;
    }

    public Counter open(int number, Principal officer) {
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Counter k = find(c, number);
            Optional<Counter> elsewhere = counters.findByOfficer(c, officer.id());
            if (elsewhere.isPresent() && elsewhere.get().number() != number) {
                throw ApiException.conflict("Bạn đang ở quầy " + elsewhere.get().number() + "; hãy đóng quầy đó trước / you are at counter "
                        + elsewhere.get().number() + "; close it first");
            }
            if (k.officerId() != null && k.officerId() != officer.id()) {
                throw ApiException.conflict("Quầy " + number + " đang có cán bộ khác / counter " + number + " is taken by another officer");
            }
            Counter opened = with(k, CounterState.OPEN, officer.id(), k.currentTicketId());
            counters.update(c, opened);
            tx.record(counterEvent(opened, officer));
            return opened;
        });
    }

    public Counter pause(int number, Principal officer) {
        return changeState(number, officer, CounterState.PAUSED);
    }

    public Counter close(int number, Principal officer) {
        return changeState(number, officer, CounterState.CLOSED);
    }

    private Counter changeState(int number, Principal officer, CounterState target) {
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Counter k = mine(c, number, officer);
            if (target == CounterState.CLOSED && k.currentTicketId() != null) {
                Ticket current = tickets.find(c, k.currentTicketId()).orElseThrow();
                if (current.state() == TicketState.CALLED || current.state() == TicketState.SERVING) {
                    throw ApiException.conflict("Quầy còn số " + current.number() + " đang phục vụ / counter still has ticket "
                            + current.number() + " in state " + current.state());
                }
            }
            if (k.state() == target) {
                throw ApiException.conflict("Quầy đã ở trạng thái " + target + " / counter is already " + target);
            }
            Counter changed = with(k, target, target == CounterState.CLOSED ? null : k.officerId(),
                    target == CounterState.CLOSED ? null : k.currentTicketId());
            counters.update(c, changed);
            tx.record(counterEvent(changed, officer));
            return changed;
        });
    }

    /** Calls the next visitor by the policy; empty when nobody waits for this counter's services. */
    public Optional<TicketView> next(int number, Principal officer, String baseUrl) {
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            long now = clock.millis();
            rollover.ensure(tx, now);
            Counter k = mine(c, number, officer);
            if (k.state() != CounterState.OPEN) {
                throw ApiException.conflict("Quầy đang " + k.state() + "; hãy mở quầy / counter is " + k.state() + "; open it first");
            }
            busy(c, k);
            List<CallPolicy.Candidate> candidates = list.candidates(c, k, tickets.waiting(c, k.services()));
            Optional<CallPolicy.Candidate> chosen = policy.choose(candidates,
                    new CallPolicy.CounterView(k.priority(), k.prioritySinceNormal()), now);
            if (chosen.isEmpty()) {
                return Optional.<TicketView>empty();
            }
            Ticket t = tickets.find(c, chosen.get().ticketId()).orElseThrow();
            Ticket called = t.calledAt(number, officer.id(), now);
            tickets.update(c, called);
            int streak = t.category().isPriority() ? k.prioritySinceNormal() + 1 : 0;
            counters.update(c, new Counter(k.number(), k.name(), k.priority(), k.state(), k.officerId(), called.id(), streak,
                    k.services()));
            tx.record(TicketEvents.of(EventType.TICKET_CALLED, now, called, officer, null));
            return Optional.of(views.view(c, called, baseUrl, false));
        });
    }

    /** The counter's queue as its officer sees it (a manager may look at any counter's). */
    public WaitingList.Desk waiting(int number, Principal by) {
        return recorder.read(c -> {
            Counter k = by.role() == vn.motcua.server.auth.Role.OFFICER ? mine(c, number, by) : find(c, number);
            return list.of(c, k, clock.millis());
        });
    }

    /**
     * "Chờ bổ sung": the visitor at the counter steps aside (to fill in a form, copy a document). The counter is
     * free for the next; the visit waits in the services' aside list until an officer calls it back.
     */
    public TicketView setAside(long ticketId, Principal officer, String baseUrl) {
        return act(ticketId, officer, baseUrl, (c, t, now) -> {
            if (t.state() != TicketState.CALLED && t.state() != TicketState.SERVING) {
                throw wrong(t, "đặt sang chờ bổ sung", "set aside");
            }
            Ticket a = t.setAside(now);
            tickets.update(c, a);
            clearCurrent(c, t);
            return new Step(a, EventType.TICKET_SET_ASIDE, null);
        });
    }

    /** Calls a visit set aside back to this officer's counter, ahead of the queue, whenever the officer chooses. */
    public TicketView callBack(long ticketId, Principal officer, String baseUrl) {
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Ticket t = tickets.find(c, ticketId).orElseThrow(() -> ApiException.notFound("Số thứ tự / ticket " + ticketId));
            Counter k = counters.findByOfficer(c, officer.id()).orElseThrow(() -> ApiException.forbidden(
                    "Bạn chưa mở quầy nào / you have not opened a counter"));
            if (!k.services().contains(t.serviceCode())) {
                throw ApiException.forbidden("Số này không thuộc dịch vụ của quầy bạn / ticket is not in your counter's services");
            }
            if (t.state() != TicketState.ASIDE) {
                throw wrong(t, "gọi lại từ danh sách chờ bổ sung", "call back");
            }
            if (k.state() != CounterState.OPEN) {
                throw ApiException.conflict("Quầy đang " + k.state() + "; hãy mở quầy / counter is " + k.state() + "; open it first");
            }
            busy(c, k);
            long now = clock.millis();
            Ticket called = t.calledAt(k.number(), officer.id(), now);
            tickets.update(c, called);
            counters.update(c, with(k, k.state(), k.officerId(), called.id()));
            tx.record(TicketEvents.of(EventType.TICKET_CALLED, now, called, officer, CALL_BACK));
            return views.view(c, called, baseUrl, false);
        });
    }

    /** Detail prefix of the {@code ticket.issued} event of a visit's next service, followed by the finished segment's id. */
    public static final String NEXT_SERVICE = "next:";

    /** Detail of the {@code ticket.called} event of a call back from the aside list. */
    public static final String CALL_BACK = "aside";

    public TicketView recall(long ticketId, Principal officer, String baseUrl) {
        return act(ticketId, officer, baseUrl, (c, t, now) -> {
            require(t, TicketState.CALLED, "recall");
            Ticket r = t.recalled();
            tickets.update(c, r);
            return new Step(r, EventType.TICKET_RECALLED, null);
        });
    }

    public TicketView start(long ticketId, Principal officer, String baseUrl) {
        return act(ticketId, officer, baseUrl, (c, t, now) -> {
            require(t, TicketState.CALLED, "start");
            Ticket s = t.withState(TicketState.SERVING, now);
            tickets.update(c, s);
            return new Step(s, EventType.TICKET_STARTED, null);
        });
    }

    public TicketView finish(long ticketId, String outcome, Principal officer, String baseUrl) {
        return act(ticketId, officer, baseUrl, (c, t, now) -> {
            require(t, TicketState.SERVING, "finish");
            Ticket d = t.withState(TicketState.DONE, now);
            tickets.update(c, d);
            clearCurrent(c, t);
            return new Step(d, EventType.TICKET_FINISHED, outcome);
        }, this::nextService);
    }

    /**
     * A visit with several services: once a segment is done, the next service's queue gets a new segment
     * under the same number, with the visit's arrival (so it keeps its place by arrival) and the rest of the plan.
     */
    private void nextService(Recorder.Tx tx, Ticket done, Principal officer, long now) throws SQLException {
        if (done.state() != TicketState.DONE || done.laterServices().isEmpty()) {
            return;
        }
        Connection c = tx.connection();
        String target = done.laterServices().get(0);
        String day = ServiceDay.of(now);
        Ticket next = new Ticket(0, done.number(), target, day, done.category(), TicketState.WAITING, done.arrivedAt(), now,
                null, null, 0, done.originTicketId() != null ? done.originTicketId() : done.id(), done.deviceId(), null, now,
                done.laterServices().subList(1, done.laterServices().size()));
        long id = tickets.insert(c, next);
        tx.record(TicketEvents.issued(now, day, next.withId(id), officer.userId(), null, NEXT_SERVICE + done.id()));
    }

    public TicketView noShow(long ticketId, Principal officer, String baseUrl) {
        return act(ticketId, officer, baseUrl, (c, t, now) -> {
            require(t, TicketState.CALLED, "mark as no-show");
            if (t.recalls() < rules.recallsBeforeNoShow()) {
                throw ApiException.conflict("Cần gọi lại " + rules.recallsBeforeNoShow() + " lần trước khi đánh dấu vắng mặt "
                        + "(đã gọi lại " + t.recalls() + ") / recall " + rules.recallsBeforeNoShow()
                        + " times before marking a no-show (recalled " + t.recalls() + ")");
            }
            Ticket n = t.withState(TicketState.NO_SHOW, now);
            tickets.update(c, n);
            clearCurrent(c, t);
            return new Step(n, EventType.TICKET_NO_SHOW, null);
        });
    }

    /** A visitor who comes back within the grace period goes back into the queue with the original arrival. */
    public TicketView reinstate(long ticketId, Principal officer, String baseUrl) {
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Ticket t = tickets.find(c, ticketId).orElseThrow(() -> ApiException.notFound("Số thứ tự / ticket " + ticketId));
            require(t, TicketState.NO_SHOW, "reinstate");
            counters.findByOfficer(c, officer.id()).filter(k -> k.services().contains(t.serviceCode()))
                    .orElseThrow(() -> ApiException.forbidden("Số này không thuộc dịch vụ của quầy bạn / ticket is not in your counter's services"));
            long now = clock.millis();
            if (now - t.stateAt() > rules.noShowGraceMillis()) {
                throw ApiException.conflict("Đã quá thời gian cho phép khôi phục / the reinstatement grace period has passed");
            }
            Ticket back = t.requeued(now);
            tickets.update(c, back);
            tx.record(TicketEvents.of(EventType.TICKET_REINSTATED, now, back, officer, null));
            return views.view(c, back, baseUrl, false);
        });
    }

    private record Step(Ticket ticket, EventType type, String detail) {
    }

    @FunctionalInterface
    private interface Action {
        Step apply(Connection c, Ticket t, long now) throws SQLException;
    }

    @FunctionalInterface
    private interface After {
        void apply(Recorder.Tx tx, Ticket changed, Principal officer, long now) throws SQLException;
    }

    private TicketView act(long ticketId, Principal officer, String baseUrl, Action action) {
        return act(ticketId, officer, baseUrl, action, (tx, t, o, now) -> { });
    }

    private TicketView act(long ticketId, Principal officer, String baseUrl, Action action, After after) {
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Ticket t = tickets.find(c, ticketId).orElseThrow(() -> ApiException.notFound("Số thứ tự / ticket " + ticketId));
            Counter k = counters.findByOfficer(c, officer.id()).orElseThrow(() -> ApiException.forbidden(
                    "Bạn chưa mở quầy nào / you have not opened a counter"));
            if (t.counterNumber() == null || t.counterNumber() != k.number()) {
                throw ApiException.forbidden("Số này không ở quầy của bạn / this ticket is not at your counter");
            }
            long now = clock.millis();
            Step step = action.apply(c, t, now);
            tx.record(TicketEvents.of(step.type(), now, step.ticket(), officer, step.detail()));
            after.apply(tx, step.ticket(), officer, now);
            return views.view(c, step.ticket(), baseUrl, false);
        });
    }

    private void clearCurrent(Connection c, Ticket t) throws SQLException {
        Counter k = counters.find(c, t.counterNumber()).orElseThrow();
        if (Long.valueOf(t.id()).equals(k.currentTicketId())) {
            counters.update(c, with(k, k.state(), k.officerId(), null));
        }
    }

    private void busy(Connection c, Counter k) throws SQLException {
        if (k.currentTicketId() != null) {
            Ticket current = tickets.find(c, k.currentTicketId()).orElseThrow();
            if (current.state() == TicketState.CALLED || current.state() == TicketState.SERVING) {
                throw ApiException.conflict("Số " + current.number() + " vẫn đang " + current.state()
                        + "; hãy kết thúc hoặc đánh dấu vắng mặt / ticket " + current.number() + " is still " + current.state());
            }
        }
    }

    private static ApiException wrong(Ticket t, String actionVi, String action) {
        return ApiException.conflict("Không thể " + actionVi + " số " + t.number() + " ở trạng thái " + t.state()
                + " / cannot " + action + " ticket " + t.number() + " in state " + t.state());
    }

    private static void require(Ticket t, TicketState expected, String action) {
        if (t.state() != expected) {
            throw ApiException.conflict("Không thể " + action + " số " + t.number() + " ở trạng thái " + t.state()
                    + " / cannot " + action + " ticket " + t.number() + " in state " + t.state());
        }
    }

    private Counter find(Connection c, int number) throws SQLException {
        return counters.find(c, number).orElseThrow(() -> ApiException.notFound("Quầy / counter " + number));
    }

    private Counter mine(Connection c, int number, Principal officer) throws SQLException {
        Counter k = find(c, number);
        if (k.officerId() == null || k.officerId() != officer.id()) {
            throw ApiException.forbidden("Quầy " + number + " không do bạn mở / counter " + number + " is not opened by you");
        }
        return k;
    }

    private static Counter with(Counter k, CounterState state, Long officer, Long current) {
        return new Counter(k.number(), k.name(), k.priority(), state, officer, current, k.prioritySinceNormal(), k.services());
    }

    private NewEvent counterEvent(Counter k, Principal by) {
        long at = clock.millis();
        return NewEvent.counterChanged(at, ServiceDay.of(at), k.number(), k.state().name(), by.userId());
    }

}

package vn.motcua.server.counter;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.server.queue.AppointmentSlots;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.RemoteTickets;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketStore;

/**
 * The queue of one counter's services as the officer sees it: every waiting ticket with its category, booked
 * slot and time waited against the service's target, the one the policy calls next, and the visits set aside
 * ("chờ bổ sung") to call back. Numbers only: a ticket carries no personal data.
 */
public final class WaitingList {
    /** Share of the target from which a wait shows amber. */
    static final double NEAR_SHARE = 2.0 / 3.0;

    private final TicketStore tickets;
    private final ServiceStore services;
    private final CallPolicy policy;
    private final AppointmentSlots slots;
    private final RemoteTickets remote;

    public WaitingList(TicketStore tickets, ServiceStore services, CallPolicy policy, AppointmentSlots slots) {
        this(tickets, services, policy, slots, RemoteTickets.NONE);
    }

    public WaitingList(TicketStore tickets, ServiceStore services, CallPolicy policy, AppointmentSlots slots,
                       RemoteTickets remote) {
        this.tickets = tickets;
        this.services = services;
        this.policy = policy;
        this.slots = slots;
        this.remote = remote;
    }

    /**
     * One waiting or set-aside ticket.
     *
     * @param level ok (under two thirds of the target), near, over (past the target)
     * @param next whether the call policy would call it next at this counter
     * @param laterServices the services still to come of a visit with several services
     */
    public record Entry(long id, String number, String service, String category, OffsetDateTime slot,
                        OffsetDateTime waitingSince, double waitedMinutes, int targetWaitMinutes, String level,
                        boolean next, OffsetDateTime asideSince, List<String> laterServices) {
    }

    public record Desk(int counter, List<Entry> waiting, List<Entry> aside) {
    }

    /**
     * The policy's candidates for a counter: waiting tickets of its services with their booked slots and whether
     * a ticket joined from a phone is not yet confirmed at the centre (never called then).
     */
    public List<CallPolicy.Candidate> candidates(Connection c, Counter k, List<Ticket> waiting) throws SQLException {
        Map<String, ServiceDef> byCode = byCode(c);
        Map<Long, Long> booked = booked(c, waiting);
        Set<Long> unconfirmed = remote.unconfirmed(c, waiting.stream().map(Ticket::id).toList());
        return waiting.stream().map(t -> new CallPolicy.Candidate(t.id(), t.serviceCode(), t.category(), t.arrivedAt(),
                k.services().indexOf(t.serviceCode()), byCode.get(t.serviceCode()).targetWaitMillis(), booked.get(t.id()),
                unconfirmed.contains(t.id())))
                .toList();
    }

    public Desk of(Connection c, Counter k, long now) throws SQLException {
        Map<String, ServiceDef> byCode = byCode(c);
        List<Ticket> waiting = tickets.waiting(c, k.services());
        Map<Long, Long> booked = booked(c, waiting);
        Optional<CallPolicy.Candidate> next = policy.choose(candidates(c, k, waiting),
                new CallPolicy.CounterView(k.priority(), k.prioritySinceNormal()), now);
        List<Entry> list = new ArrayList<>();
        for (Ticket t : waiting) {
            Long slot = booked.get(t.id());
            long since = waitingSince(t, slot);
            list.add(entry(t, byCode.get(t.serviceCode()), slot, since, now,
                    next.isPresent() && next.get().ticketId() == t.id(), null));
        }
        List<Entry> aside = new ArrayList<>();
        for (Ticket t : tickets.aside(c, k.services())) {
            aside.add(entry(t, byCode.get(t.serviceCode()), null, waitingSince(t, null), now, false, t.stateAt()));
        }
        return new Desk(k.number(), list, aside);
    }

    /** Time in the current queue: a transferred or next-service segment from when it joined, an appointment from its slot. */
    private static long waitingSince(Ticket t, Long slot) {
        long since = t.originTicketId() == null ? t.arrivedAt() : t.issuedAt();
        return slot == null ? since : Math.max(since, slot);
    }

    private static Entry entry(Ticket t, ServiceDef s, Long slot, long since, long now, boolean next, Long asideSince) {
        long waited = Math.max(0, now - since);
        long target = s.targetWaitMillis();
        String level = waited > target ? "over" : waited >= target * NEAR_SHARE ? "near" : "ok";
        return new Entry(t.id(), t.number(), t.serviceCode(), t.category().name(), slot == null ? null : time(slot),
                time(since), Math.round(waited / 6_000.0) / 10.0, s.targetWaitMinutes(), level, next,
                asideSince == null ? null : time(asideSince), t.laterServices());
    }

    private Map<Long, Long> booked(Connection c, List<Ticket> waiting) throws SQLException {
        return slots.of(c, waiting.stream().filter(t -> t.category() == Category.APPOINTMENT).map(Ticket::id).toList());
    }

    private Map<String, ServiceDef> byCode(Connection c) throws SQLException {
        Map<String, ServiceDef> byCode = new HashMap<>();
        for (ServiceDef s : services.all(c)) {
            byCode.put(s.code(), s);
        }
        return byCode;
    }

    private static OffsetDateTime time(long millis) {
        return Instant.ofEpochMilli(millis).atZone(CentreTime.ZONE).toOffsetDateTime();
    }
}

package vn.motcua.server.ticket;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.EventType;
import vn.motcua.client.TicketState;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.storage.WriterMemo;

/**
 * At the first action of a new service day: live tickets of earlier days expire, except waiting tickets
 * of services that carry their queue over, which move to the new day; the new day's numbering of such a
 * service starts after the numbers carried, so no two live tickets ever share a number.
 */
public final class DayRollover {
    private final ServiceStore services;
    private final TicketStore tickets;

    public DayRollover(ServiceStore services, TicketStore tickets) {
        this.services = services;
        this.tickets = tickets;
    }

    public void ensure(Recorder.Tx tx, long now) throws SQLException {
        var c = tx.connection();
        String today = ServiceDay.of(now);
        Optional<String> done = WriterMemo.get(c, "rollover_day",
                () -> Sql.one(c, "SELECT value FROM setting WHERE name = 'rollover_day'", rs -> rs.getString(1)), "setting");
        if (done.isPresent() && done.get().compareTo(today) >= 0) {
            return;
        }
        Map<String, ServiceDef> byCode = new HashMap<>();
        for (ServiceDef s : services.all(c)) {
            byCode.put(s.code(), s);
        }
        List<Ticket> stale = tickets.liveBefore(c, today);
        Map<String, Integer> carriedMax = new HashMap<>();
        for (Ticket t : stale) {
            ServiceDef s = byCode.get(t.serviceCode());
            if (t.state() == TicketState.WAITING && s != null && s.carryOver()) {
                Ticket moved = new Ticket(t.id(), t.number(), t.serviceCode(), today, t.category(), t.state(), t.arrivedAt(),
                        t.issuedAt(), t.counterNumber(), t.officerId(), t.recalls(), t.originTicketId(), t.deviceId(),
                        t.requestId(), t.stateAt(), t.laterServices());
                tickets.update(c, moved);
                int n = Integer.parseInt(t.number().substring(s.prefix().length()));
                if (n >= tickets.lowestLeased(c, t.serviceCode(), t.serviceDay()) && t.deviceId() != null) {
                    // printed offline from a kiosk's block: keep the number reserved today the same way,
                    // so neither online issuing nor a new block reaches it
                    Sql.insert(c, "INSERT INTO number_lease (device_id, service_code, service_day, first_value, last_value, "
                            + "granted_at) VALUES (?, ?, ?, ?, ?, ?)", t.deviceId(), t.serviceCode(), today, n, n, now);
                } else {
                    carriedMax.merge(t.serviceCode(), n, Math::max);
                }
                tx.record(TicketEvents.of(EventType.TICKET_CARRIED_OVER, now, moved, null, t.serviceDay()));
            } else {
                Ticket expired = t.withState(TicketState.EXPIRED, now);
                tickets.update(c, expired);
                tx.record(TicketEvents.of(EventType.TICKET_EXPIRED, now, expired, null, null));
            }
        }
        for (Map.Entry<String, Integer> e : carriedMax.entrySet()) {
            tickets.raiseSequence(c, e.getKey(), today, e.getValue());
        }
        Sql.update(c, "UPDATE counter SET current_ticket_id = NULL WHERE current_ticket_id IN "
                + "(SELECT id FROM ticket WHERE state = 'EXPIRED')");
        if (done.isPresent()) {
            Sql.update(c, "UPDATE setting SET value = ? WHERE name = 'rollover_day'", today);
        } else {
            Sql.update(c, "INSERT INTO setting (name, value) VALUES ('rollover_day', ?)", today);
        }
    }
}

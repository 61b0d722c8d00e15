package vn.motcua.server.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.motcua.client.EventType;
import vn.motcua.client.Json;
import vn.motcua.client.upstream.DossierFact;
import vn.motcua.client.upstream.QueueFact;
import vn.motcua.client.upstream.RatingFact;
import vn.motcua.client.upstream.ServiceFact;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.client.upstream.UpstreamKind;
import vn.motcua.server.event.NewEvent;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.ServiceDay;

/**
 * The feed's outbox. Each write joins the caller's transaction (same connection), so a rolled-back ticket,
 * rating or dossier leaves no row and a committed one always has its row. Holds no state of its own.
 */
public final class Outbox {
    private static final ObjectMapper JSON = Json.mapper();

    /** One event-table row; the device id stays behind and a help request's free-text reason is dropped. */
    public void queue(Connection c, long eventId, NewEvent e) throws SQLException {
        write(c, UpstreamKind.QUEUE, e.at(), e.serviceDay(), new QueueFact(eventId, e.type().wire(), e.ticketId(),
                e.number(), e.service(), e.category() == null ? null : e.category().name(),
                e.state() == null ? null : e.state().name(), e.counter(), e.counterState(), e.officerId(), e.recalls(),
                publicDetail(e.type(), e.detail())));
    }

    public void rating(Connection c, long at, long ticketId, int counter, Long officer, String score, List<String> reasons)
            throws SQLException {
        write(c, UpstreamKind.RATING, at, ServiceDay.of(at), new RatingFact(ticketId, counter, officer, score, reasons));
    }

    /** A dossier's new status, with its code, service, procedure and due time read from the same transaction. */
    public void dossier(Connection c, long at, long dossierId, String status) throws SQLException {
        DossierFact fact = Sql.one(c, "SELECT code, service_code, procedure_code, due_at FROM dossier WHERE id = ?",
                rs -> new DossierFact(rs.getString(1), rs.getString(2), rs.getString(3), status, Sql.longOrNull(rs, "due_at")),
                dossierId).orElseThrow(() -> new SQLException("outbox: no dossier " + dossierId));
        write(c, UpstreamKind.DOSSIER, at, ServiceDay.of(at), fact);
    }

    public void service(Connection c, long at, ServiceDef s) throws SQLException {
        write(c, UpstreamKind.SERVICE, at, ServiceDay.of(at), new ServiceFact(s.code(), s.nameVi(), s.nameEn(),
                s.targetWaitMinutes(), s.targetProcessingMinutes(), s.carryOver()));
    }

    /**
     * What of an event's detail may leave the centre. Every detail the server writes is a code (an outcome, a
     * transfer's target, a device's part and state, a carried-over day, a booked slot) except a help request's
     * reason, which a kiosk sends as text: only the device's name goes up.
     */
    static String publicDetail(EventType type, String detail) {
        if (detail != null && type == EventType.HELP_REQUESTED) {
            int colon = detail.indexOf(':');
            return colon < 0 ? detail : detail.substring(0, colon);
        }
        return detail;
    }

    /**
     * For bulk writers that insert event rows directly (the demo's seeded history): the facts of every event
     * after {@code afterEventId}, built by SQLite in the caller's transaction in the shape {@link #after} reads,
     * with the same rule for a help request's text as {@link #publicDetail}.
     */
    public int queueEventsAfter(Connection c, long afterEventId) throws SQLException {
        return Sql.update(c, "INSERT INTO outbox (kind, at, service_day, fact) SELECT 'QUEUE', at, service_day, "
                + "json_object('eventId', id, 'type', type, 'ticketId', ticket_id, 'number', number, 'service', service_code, "
                + "'category', category, 'state', state, 'counter', counter_number, 'counterState', counter_state, "
                + "'officer', officer_id, 'recalls', recalls, 'detail', CASE WHEN type = 'help.requested' "
                + "AND instr(detail, ':') > 0 THEN substr(detail, 1, instr(detail, ':') - 1) ELSE detail END) "
                + "FROM event WHERE id > ? ORDER BY id", afterEventId);
    }

    /** As above for the ratings of one service day (reason codes are enum names, so splitting on ',' is safe). */
    public int ratingsOfDay(Connection c, String serviceDay) throws SQLException {
        return Sql.update(c, "INSERT INTO outbox (kind, at, service_day, fact) SELECT 'RATING', at, service_day, "
                + "json_object('ticketId', ticket_id, 'counter', counter_number, 'officer', officer_id, 'score', score, "
                + "'reasons', json(CASE WHEN reasons IS NULL OR reasons = '' THEN '[]' "
                + "ELSE '[\"' || replace(reasons, ',', '\",\"') || '\"]' END)) "
                + "FROM rating WHERE service_day = ? ORDER BY at, ticket_id", serviceDay);
    }

    private static void write(Connection c, UpstreamKind kind, long at, String serviceDay, Object fact) throws SQLException {
        String text;
        try {
            text = JSON.writeValueAsString(fact);
        } catch (JsonProcessingException e) {
            throw new SQLException("outbox: cannot write the " + kind + " fact: " + e.getOriginalMessage(), e);
        }
        Sql.update(c, "INSERT INTO outbox (kind, at, service_day, fact) VALUES (?, ?, ?, ?)", kind.name(), at, serviceDay, text);
    }

    /** Up to {@code limit} rows after {@code afterId}, in id order, as the hub receives them. */
    public List<UpstreamEvent> after(Connection c, long afterId, int limit) throws SQLException {
        return Sql.list(c, "SELECT id, kind, at, service_day, fact FROM outbox WHERE id > ? ORDER BY id LIMIT ?",
                Outbox::event, afterId, limit);
    }

    /** Deletes rows the hub has acknowledged and whose time is before {@code before}; returns how many. */
    public int pruneSent(Connection c, long sentId, long before) throws SQLException {
        return Sql.update(c, "DELETE FROM outbox WHERE id <= ? AND at < ?", sentId, before);
    }

    /** With no hub configured nobody waits for the rows: keep the disk bounded all the same. */
    public int pruneUnconfigured(Connection c, long before) throws SQLException {
        return Sql.update(c, "DELETE FROM outbox WHERE at < ?", before);
    }

    private static UpstreamEvent event(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        UpstreamKind kind = UpstreamKind.valueOf(rs.getString(2));
        long at = rs.getLong(3);
        String day = rs.getString(4);
        String fact = rs.getString(5);
        try {
            return switch (kind) {
                case QUEUE -> new UpstreamEvent(id, kind, at, day, JSON.readValue(fact, QueueFact.class), null, null, null);
                case RATING -> new UpstreamEvent(id, kind, at, day, null, JSON.readValue(fact, RatingFact.class), null, null);
                case DOSSIER -> new UpstreamEvent(id, kind, at, day, null, null, JSON.readValue(fact, DossierFact.class), null);
                case SERVICE -> new UpstreamEvent(id, kind, at, day, null, null, null, JSON.readValue(fact, ServiceFact.class));
            };
        } catch (JsonProcessingException e) {
            throw new SQLException("outbox row " + id + " holds an unreadable " + kind + " fact: " + e.getOriginalMessage(), e);
        }
    }
}

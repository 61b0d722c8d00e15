package vn.motcua.server.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.CentreTime;
import vn.motcua.client.identity.TypedIdentityRules;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.booking.PersonKeys;
import vn.motcua.server.counter.Counter;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * The identity an officer types at the counter for the citizen being served, when no card can be read
 * (forgotten, damaged, a 2016 card past the OCR): the same rules as the citizen's typed identity at the
 * kiosk ({@link TypedIdentityRules}), kept with the source {@value #SOURCE} and who typed it, and shown
 * with the number masked. Only the officer serving that ticket at their counter types it; typing again
 * replaces what is shown (each entry stays, with its officer, for the day).
 */
public final class CounterIdentities {
    /**
     * Not a dossier's {@code IdentitySource}: a kiosk submission must never be able to claim it, so it is
     * the server's own value.
     */
    public static final String SOURCE = "TYPED_BY_OFFICER";
    private final Database db;
    private final Clock clock;
    private final CounterStore counters;

    /** The wire shape of POST /api/v1/tickets/{id}/identity. */
    public record Typed(String number, String name, String dateOfBirth, String sex, String address) {
    }

    /** What a screen shows: the number masked, the source, what the number's structure contradicts. */
    public record View(long ticketId, String source, String numberMasked, String name, String dateOfBirth,
                       String sex, String address, List<String> toCheck, OffsetDateTime at) {
    }

    public CounterIdentities(Database db, Clock clock, CounterStore counters) {
        this.db = db;
        this.clock = clock;
        this.counters = counters;
    }

    public View type(long ticketId, Typed typed, Principal officer) {
        if (typed == null) {
            throw ApiException.badRequest("invalid_body", "Thiếu thông tin danh tính / the identity fields are missing");
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("number", typed.number());
        fields.put("name", typed.name());
        fields.put("dateOfBirth", typed.dateOfBirth());
        fields.put("sex", typed.sex());
        fields.put("address", typed.address());
        TypedIdentityRules.Checked c;
        try {
            c = TypedIdentityRules.check(fields, LocalDate.now(clock.withZone(CentreTime.ZONE)));
        } catch (TypedIdentityRules.Refused e) {
            throw ApiException.badRequest("invalid_field", e.getMessage());
        }
        long now = clock.millis();
        return db.transaction(conn -> {
            requireServing(conn, ticketId, officer);
            Sql.insert(conn, "INSERT INTO counter_identity (ticket_id, user_id, source, number, name, date_of_birth, sex, "
                            + "address, to_check, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ticketId, officer.userId(),
                    SOURCE, c.number(), c.name(), c.dateOfBirth(), c.sex(), c.address(),
                    String.join(",", c.toCheck()), now);
            return latest(conn, ticketId).orElseThrow();
        });
    }

    /** The identity last typed for the ticket, if any. */
    public Optional<View> of(long ticketId) {
        return db.read(c -> latest(c, ticketId));
    }

    /** The ticket must be the one called or served at the officer's own counter now. */
    private void requireServing(Connection c, long ticketId, Principal officer) throws SQLException {
        if (officer.device()) {
            throw ApiException.forbidden("Chỉ cán bộ tại quầy nhập danh tính / only an officer at a counter types an identity");
        }
        Optional<Counter> counter = counters.findByOfficer(c, officer.id());
        if (counter.isEmpty() || !Long.valueOf(ticketId).equals(counter.get().currentTicketId())) {
            throw ApiException.conflict("Số " + ticketId + " không phải số đang phục vụ tại quầy của anh/chị / ticket "
                    + ticketId + " is not the one being served at your counter");
        }
    }

    private static Optional<View> latest(Connection c, long ticketId) throws SQLException {
        return Sql.one(c, "SELECT source, number, name, date_of_birth, sex, address, to_check, at FROM counter_identity "
                + "WHERE ticket_id = ? ORDER BY id DESC LIMIT 1", rs -> new View(ticketId,
                rs.getString(1), PersonKeys.mask(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7).isEmpty() ? List.of() : Arrays.asList(rs.getString(7).split(",")),
                Instant.ofEpochMilli(rs.getLong(8)).atZone(CentreTime.ZONE).toOffsetDateTime()), ticketId);
    }
}

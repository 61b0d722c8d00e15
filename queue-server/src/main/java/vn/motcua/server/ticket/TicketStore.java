package vn.motcua.server.ticket;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.client.Category;
import vn.motcua.client.TicketState;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.storage.WriterMemo;

/** Reads and writes ticket segments. */
public final class TicketStore {
    private static final String COLUMNS = "id, number, service_code, service_day, category, state, arrived_at, issued_at, "
            + "counter_number, officer_id, recalls, origin_ticket_id, device_id, request_id, state_at, next_services";

    public Optional<Ticket> find(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM ticket WHERE id = ?", TicketStore::map, id);
    }

    public Optional<Ticket> findByRequest(Connection c, long deviceId, String requestId) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM ticket WHERE device_id = ? AND request_id = ?", TicketStore::map,
                deviceId, requestId);
    }

    public Optional<Ticket> findByNumber(Connection c, String service, String day, String number) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM ticket WHERE service_code = ? AND service_day = ? AND number = ?",
                TicketStore::map, service, day, number);
    }

    /** Waiting segments of the given services, oldest arrival first. */
    public List<Ticket> waiting(Connection c, Collection<String> services) throws SQLException {
        if (services.isEmpty()) {
            return List.of();
        }
        String marks = services.stream().map(s -> "?").collect(Collectors.joining(", "));
        return Sql.list(c, "SELECT " + COLUMNS + " FROM ticket WHERE state = 'WAITING' AND service_code IN (" + marks
                + ") ORDER BY arrived_at, id", TicketStore::map, services.toArray());
    }

    /** Visits set aside in the given services, longest aside first. */
    public List<Ticket> aside(Connection c, Collection<String> services) throws SQLException {
        if (services.isEmpty()) {
            return List.of();
        }
        String marks = services.stream().map(s -> "?").collect(Collectors.joining(", "));
        return Sql.list(c, "SELECT " + COLUMNS + " FROM ticket WHERE state = 'ASIDE' AND service_code IN (" + marks
                + ") ORDER BY state_at, id", TicketStore::map, services.toArray());
    }

    public List<Ticket> allWaiting(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM ticket WHERE state = 'WAITING' ORDER BY arrived_at, id",
                TicketStore::map);
    }

    public List<Ticket> liveBefore(Connection c, String serviceDay) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM ticket WHERE state IN ('WAITING', 'CALLED', 'SERVING', 'ASIDE') "
                + "AND service_day < ?", TicketStore::map, serviceDay);
    }

    public long insert(Connection c, Ticket t) throws SQLException {
        return Sql.insert(c, "INSERT INTO ticket (number, service_code, service_day, category, state, arrived_at, issued_at, "
                        + "counter_number, officer_id, recalls, origin_ticket_id, device_id, request_id, state_at, next_services) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.number(), t.serviceCode(), t.serviceDay(), t.category(), t.state(), t.arrivedAt(), t.issuedAt(),
                t.counterNumber(), t.officerId(), t.recalls(), t.originTicketId(), t.deviceId(), t.requestId(), t.stateAt(),
                later(t));
    }

    public void update(Connection c, Ticket t) throws SQLException {
        Sql.update(c, "UPDATE ticket SET state = ?, counter_number = ?, officer_id = ?, recalls = ?, service_day = ?, "
                        + "state_at = ? WHERE id = ?",
                t.state(), t.counterNumber(), t.officerId(), t.recalls(), t.serviceDay(), t.stateAt(), t.id());
    }

    /**
     * The next number of a service on a day; numbers are never handed out twice. Kiosks lease their
     * offline blocks from the top (9999 down), so online numbers stop below the lowest leased one.
     *
     * @return the number, or {@link #EXHAUSTED} when the day has none left
     */
    public int nextSequence(Connection c, String service, String day) throws SQLException {
        // one statement in the common case: the writer runs this for every ticket
        Optional<Integer> bumped = Sql.one(c, "UPDATE number_sequence SET last_value = last_value + 1 "
                + "WHERE service_code = ? AND service_day = ? RETURNING last_value", rs -> rs.getInt(1), service, day);
        int next = bumped.orElse(1);
        if (next >= Math.min(10000, lowestLeased(c, service, day))) {
            if (bumped.isPresent()) {
                Sql.update(c, "UPDATE number_sequence SET last_value = last_value - 1 WHERE service_code = ? AND service_day = ?",
                        service, day);
            }
            return EXHAUSTED;
        }
        if (bumped.isEmpty()) {
            Sql.update(c, "INSERT INTO number_sequence (service_code, service_day, last_value) VALUES (?, ?, ?)",
                    service, day, next);
        }
        return next;
    }

    public static final int EXHAUSTED = Integer.MAX_VALUE;

    /** The first number of the lowest block leased to kiosks that day, or 10000 when none is. */
    public int lowestLeased(Connection c, String service, String day) throws SQLException {
        return WriterMemo.get(c, List.of("lowest_leased", service, day),
                () -> Sql.one(c, "SELECT MIN(first_value) FROM number_lease WHERE service_code = ? AND service_day = ?",
                        rs -> rs.getObject(1) == null ? 10000 : rs.getInt(1), service, day).orElse(10000), "number_lease");
    }

    /** Makes sure the day's sequence starts after {@code floor} (numbers carried over from the day before). */
    public void raiseSequence(Connection c, String service, String day, int floor) throws SQLException {
        Optional<Integer> last = lastSequence(c, service, day);
        if (last.isEmpty()) {
            Sql.update(c, "INSERT INTO number_sequence (service_code, service_day, last_value) VALUES (?, ?, ?)",
                    service, day, floor);
        } else if (last.get() < floor) {
            Sql.update(c, "UPDATE number_sequence SET last_value = ? WHERE service_code = ? AND service_day = ?",
                    floor, service, day);
        }
    }

    private static Optional<Integer> lastSequence(Connection c, String service, String day) throws SQLException {
        return Sql.one(c, "SELECT last_value FROM number_sequence WHERE service_code = ? AND service_day = ?",
                rs -> rs.getInt(1), service, day);
    }

    static Ticket map(ResultSet rs) throws SQLException {
        return new Ticket(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Category.valueOf(rs.getString(5)), TicketState.valueOf(rs.getString(6)), rs.getLong(7), rs.getLong(8),
                Sql.intOrNull(rs, "counter_number"), Sql.longOrNull(rs, "officer_id"), rs.getInt(11),
                Sql.longOrNull(rs, "origin_ticket_id"), Sql.longOrNull(rs, "device_id"), rs.getString(14), rs.getLong(15),
                rs.getString(16) == null ? List.of() : List.of(rs.getString(16).split(",")));
    }

    private static String later(Ticket t) {
        return t.laterServices().isEmpty() ? null : String.join(",", t.laterServices());
    }
}

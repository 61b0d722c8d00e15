package vn.motcua.server.booking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.client.booking.BookingState;
import vn.motcua.server.storage.Sql;

/** All SQL of bookings. */
public final class BookingStore {
    private static final String COLUMNS = "id, code, service_code, service_day, slot_start, slot_end, phone, state, created_at, "
            + "state_at, ticket_id, person_key, person_masked, booked_by";

    public Optional<Booking> findByCode(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM booking WHERE code = ?", BookingStore::map, code);
    }

    public long insert(Connection c, Booking b) throws SQLException {
        return Sql.insert(c, "INSERT INTO booking (code, service_code, service_day, slot_start, slot_end, phone, state, "
                        + "created_at, state_at, ticket_id, person_key, person_masked, booked_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                b.code(), b.serviceCode(), b.serviceDay(), b.slotStart(), b.slotEnd(), b.phone(), b.state().name(),
                b.createdAt(), b.stateAt(), b.ticketId(), b.personKey(), b.personMasked(), b.bookedBy());
    }

    /** Same code, another slot (and maybe service): the booking keeps its code and its other fields. */
    public void move(Connection c, Booking b, long at) throws SQLException {
        Sql.update(c, "UPDATE booking SET service_code = ?, service_day = ?, slot_start = ?, slot_end = ?, moved_at = ? "
                + "WHERE id = ?", b.serviceCode(), b.serviceDay(), b.slotStart(), b.slotEnd(), at, b.id());
    }

    /** The bookings still BOOKED on a day for one person (by the HMAC of their number), earliest first. */
    public java.util.List<Booking> bookedForPerson(Connection c, String personKey, String day) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM booking WHERE person_key = ? AND service_day = ? AND state = 'BOOKED' "
                + "ORDER BY slot_start", BookingStore::map, personKey, day);
    }

    public long heldByPerson(Connection c, String personKey, String day, long exceptId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM booking WHERE person_key = ? AND service_day = ? AND state <> 'CANCELLED' "
                + "AND id <> ?", personKey, day, exceptId);
    }

    public void update(Connection c, Booking b) throws SQLException {
        Sql.update(c, "UPDATE booking SET state = ?, state_at = ?, ticket_id = ? WHERE id = ?",
                b.state().name(), b.stateAt(), b.ticketId(), b.id());
    }

    /** Bookings that still hold a place (booked or checked in), per slot start, of a service on a day. */
    public Map<Long, Integer> takenPerSlot(Connection c, String service, String day) throws SQLException {
        Map<Long, Integer> taken = new HashMap<>();
        Sql.list(c, "SELECT slot_start, COUNT(*) FROM booking WHERE service_code = ? AND service_day = ? "
                + "AND state <> 'CANCELLED' GROUP BY slot_start", rs -> {
                    taken.put(rs.getLong(1), rs.getInt(2));
                    return null;
                }, service, day);
        return taken;
    }

    public long heldByPhone(Connection c, String phone, String day, long exceptId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM booking WHERE phone = ? AND service_day = ? AND state <> 'CANCELLED' "
                + "AND id <> ?", phone, day, exceptId);
    }

    /** The booked slot start of each given ticket that came from a check-in. */
    public Map<Long, Long> slotsOfTickets(Connection c, Collection<Long> ticketIds) throws SQLException {
        Map<Long, Long> slots = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return slots;
        }
        String marks = ticketIds.stream().map(t -> "?").collect(Collectors.joining(", "));
        Sql.list(c, "SELECT ticket_id, slot_start FROM booking WHERE ticket_id IN (" + marks + ")", rs -> {
            slots.put(rs.getLong(1), rs.getLong(2));
            return null;
        }, ticketIds.toArray());
        return slots;
    }

    /** Counts per outcome of the bookings of days [from, to]: booked slots whose window has ended unused are no-shows. */
    public record Tally(int booked, int checkedIn, int cancelled, int noShows, int pending) {
    }

    public Tally tally(Connection c, String fromDay, String toDay, long windowEndsBefore) throws SQLException {
        return tally(c, fromDay, toDay, windowEndsBefore, null);
    }

    /** As above, of one service's bookings when {@code service} is not null. */
    public Tally tally(Connection c, String fromDay, String toDay, long windowEndsBefore, String service) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*), "
                        + "SUM(CASE WHEN state = 'CHECKED_IN' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN state = 'CANCELLED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN state = 'BOOKED' AND slot_start < ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN state = 'BOOKED' AND slot_start >= ? THEN 1 ELSE 0 END) "
                        + "FROM booking WHERE service_day BETWEEN ? AND ? AND (? IS NULL OR service_code = ?)",
                rs -> new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                windowEndsBefore, windowEndsBefore, fromDay, toDay, service, service).orElseThrow();
    }

    static Booking map(ResultSet rs) throws SQLException {
        return new Booking(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                rs.getString(7), BookingState.valueOf(rs.getString(8)), rs.getLong(9), rs.getLong(10),
                Sql.longOrNull(rs, "ticket_id"), rs.getString(12), rs.getString(13), Sql.longOrNull(rs, "booked_by"));
    }
}

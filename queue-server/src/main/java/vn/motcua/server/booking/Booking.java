package vn.motcua.server.booking;

import vn.motcua.client.booking.BookingState;

/**
 * One booking row; {@code phone}, {@code personKey} and {@code personMasked} are null when not given or once
 * the retention job removed them; {@code bookedBy} is the user id of the officer or manager who booked for
 * the citizen.
 */
public record Booking(long id, String code, String serviceCode, String serviceDay, long slotStart, long slotEnd,
                      String phone, BookingState state, long createdAt, long stateAt, Long ticketId,
                      String personKey, String personMasked, Long bookedBy) {

    public Booking with(BookingState newState, long at, Long ticket) {
        return new Booking(id, code, serviceCode, serviceDay, slotStart, slotEnd, phone, newState, createdAt, at, ticket,
                personKey, personMasked, bookedBy);
    }

    public Booking movedTo(String service, String day, long start, long end) {
        return new Booking(id, code, service, day, start, end, phone, state, createdAt, stateAt, ticketId,
                personKey, personMasked, bookedBy);
    }
}

package vn.motcua.server.booking;

import vn.motcua.client.booking.BookingState;

/** One booking row; {@code phone} is null once the retention job removed it. */
public record Booking(long id, String code, String serviceCode, String serviceDay, long slotStart, long slotEnd,
                      String phone, BookingState state, long createdAt, long stateAt, Long ticketId) {

    public Booking with(BookingState newState, long at, Long ticket) {
        return new Booking(id, code, serviceCode, serviceDay, slotStart, slotEnd, phone, newState, createdAt, at, ticket);
    }
}

package vn.motcua.client.booking;

/**
 * Body of POST /api/v1/bookings/{code}/check-in (optional). {@code waitIfEarly}: a citizen who came early on
 * the day of the booking takes the appointment ticket now and waits; it is still called at its slot.
 */
public record CheckInRequest(boolean waitIfEarly) {
}

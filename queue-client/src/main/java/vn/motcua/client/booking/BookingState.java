package vn.motcua.client.booking;

/** BOOKED → CHECKED_IN (a ticket was issued) or CANCELLED; a BOOKED one past its window is a no-show. */
public enum BookingState {
    BOOKED, CHECKED_IN, CANCELLED
}

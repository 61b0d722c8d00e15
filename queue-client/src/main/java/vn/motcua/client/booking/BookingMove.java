package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/** POST /api/v1/bookings/{code}/move: a new slot (and optionally another service) for the same code. */
public record BookingMove(String service, OffsetDateTime start) {
}

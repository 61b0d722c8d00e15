package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/** POST /api/v1/bookings: a slot's start as listed by the slots call, and a Vietnamese phone number. */
public record BookingRequest(String service, OffsetDateTime start, String phone) {
}

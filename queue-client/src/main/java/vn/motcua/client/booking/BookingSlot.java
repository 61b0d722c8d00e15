package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/** One bookable slot of a service on a day: {@code free} places left for appointments. */
public record BookingSlot(OffsetDateTime start, OffsetDateTime end, int free) {
}

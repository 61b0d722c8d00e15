package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/**
 * POST /api/v1/bookings: a slot's start as listed by the slots call, and a Vietnamese mobile number. The
 * personal number (12 digits) is optional for the citizen and lets the kiosk find the booking from the ID
 * card; an officer booking on a citizen's behalf may give it instead of the phone.
 */
public record BookingRequest(String service, OffsetDateTime start, String phone, String personalNumber) {
    public BookingRequest(String service, OffsetDateTime start, String phone) {
        this(service, start, phone, null);
    }
}

package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/**
 * POST /api/v1/bookings: a slot's start as listed by the slots call, and a Vietnamese mobile number, the
 * personal number (12 digits of the CCCD, which lets the kiosk find the booking from the ID card), or both.
 */
public record BookingRequest(String service, OffsetDateTime start, String phone, String personalNumber) {
    public BookingRequest(String service, OffsetDateTime start, String phone) {
        this(service, start, phone, null);
    }
}

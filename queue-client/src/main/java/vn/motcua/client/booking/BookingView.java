package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/**
 * A booking as GET /api/v1/bookings/{code} shows it: the phone only masked ({@code 090****567}, or null
 * once the retention job removed it), the personal number only masked (last 4 digits); {@code checkInFrom}/
 * {@code checkInUntil} the window at the kiosk; {@code ticketId} once checked in; {@code noShow} when the
 * window passed without a check-in; {@code byStaff} when an officer or the manager made it.
 */
public record BookingView(String code, String service, String serviceNameVi, String serviceNameEn, OffsetDateTime start,
                          OffsetDateTime end, OffsetDateTime checkInFrom, OffsetDateTime checkInUntil, BookingState state,
                          boolean noShow, String phone, Long ticketId, String personalNumber, boolean byStaff) {
}

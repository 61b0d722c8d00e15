package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/**
 * The answer to a booking: the code is its only handle (cancel, check in); {@code qrUrl} is the PNG of the
 * QR the kiosk scans, which carries the code.
 */
public record BookingConfirmation(String code, OffsetDateTime start, String service, String qrUrl) {
}

package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/**
 * The answer to a booking: the code is its only handle (cancel, check in); {@code qrUrl} is the PNG of the
 * QR the kiosk scans, which carries the code. {@code phone} and {@code personalNumber} are what identifies
 * it, masked ({@code 091****678}, {@code ********3456}), null when not given: the confirmation screen shows
 * them without the page keeping what was typed.
 */
public record BookingConfirmation(String code, OffsetDateTime start, String service, String qrUrl, String phone,
                                  String personalNumber) {
}

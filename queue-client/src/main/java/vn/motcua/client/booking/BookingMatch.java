package vn.motcua.client.booking;

import java.time.OffsetDateTime;

/**
 * A booking of today found from an ID card at the kiosk: its code (to check in), service, slot and window,
 * and the card's number masked; never the number itself.
 */
public record BookingMatch(String code, String service, String serviceNameVi, String serviceNameEn, OffsetDateTime start,
                           OffsetDateTime checkInFrom, OffsetDateTime checkInUntil, String personalNumber) {
}

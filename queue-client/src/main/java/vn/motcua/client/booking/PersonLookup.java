package vn.motcua.client.booking;

/** POST /api/v1/bookings/today (kiosk): the personal number read from the ID card's QR or chip. */
public record PersonLookup(String personalNumber) {
    @Override
    public String toString() {
        return "PersonLookup[personalNumber=****]"; // never in a log line
    }
}

package vn.motcua.client.upstream;

/** One row of the centre's event table as the report replays it (no device id, no personal data). */
public record QueueFact(long eventId, String type, Long ticketId, String number, String service, String category,
                        String state, Integer counter, String counterState, Long officer, int recalls, String detail) {
}

package vn.motcua.client.upstream;

/** The hub's answer after commit: every event with id <= lastId of this batch is durably stored. */
public record UpstreamAck(long lastId, int stored, int duplicates) {
}

package vn.motcua.client;

/** POST /api/v1/leases: a kiosk reserves {@code size} numbers of a service for issuing while offline. */
public record LeaseRequest(String service, int size) {
}

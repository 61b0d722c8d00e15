package vn.motcua.client;

/**
 * POST /api/v1/devices/status from a kiosk or board: the health of one of its parts, shown to the
 * manager. {@code part} is e.g. "printer"; {@code state} ONLINE, DEGRADED or OFFLINE; {@code code} a
 * machine-readable reason (OK, PAPER_OUT, PAPER_LOW, COVER_OPEN, NO_ANSWER, ERROR); {@code detail} text
 * without personal data.
 */
public record DeviceStatusReport(String part, String state, String code, String detail) {
}

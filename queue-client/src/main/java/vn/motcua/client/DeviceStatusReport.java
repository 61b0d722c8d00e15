package vn.motcua.client;

/**
 * POST /api/v1/devices/status from a kiosk or board: the health of one of its parts, shown to the
 * manager. {@code part} is e.g. "printer"; {@code detail} text without personal data.
 */
public record DeviceStatusReport(String part, DeviceState state, DeviceCode code, String detail) {
}

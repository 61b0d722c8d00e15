package vn.motcua.client;

import java.util.Objects;

/**
 * How one device of a kiosk is, as its driver says it: the value every device (printer, scanner, chip card
 * reader, GPIO panel) answers with, reported to the server as a {@link DeviceStatusReport} under its part name.
 *
 * @param detail English, for IT staff; never personal data
 */
public record DeviceStatus(DeviceState state, DeviceCode code, String detail) {

    public DeviceStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(code, "code");
    }

    public static DeviceStatus online(String detail) {
        return new DeviceStatus(DeviceState.ONLINE, DeviceCode.OK, detail);
    }

    public static DeviceStatus degraded(DeviceCode code, String detail) {
        return new DeviceStatus(DeviceState.DEGRADED, code, detail);
    }

    public static DeviceStatus offline(DeviceCode code, String detail) {
        return new DeviceStatus(DeviceState.OFFLINE, code, detail);
    }

    /** The same state as the report the server takes for the named part ("scanner", "card-reader", …). */
    public DeviceStatusReport report(String part) {
        return new DeviceStatusReport(part, state, code, detail);
    }
}

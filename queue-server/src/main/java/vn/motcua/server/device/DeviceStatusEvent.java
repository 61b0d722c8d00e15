package vn.motcua.server.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;
import vn.motcua.client.Json;

/**
 * What a {@code device.status} event records in its detail column: typed fields written as JSON, so a
 * reader (an audit, the hub) gets the state and code back as values instead of splitting a packed string.
 * The free-text detail a device sends is not kept here: it stays in {@code device_status}, which does not
 * leave the centre.
 */
public record DeviceStatusEvent(String device, String part, DeviceState state, DeviceCode code) {

    public String toDetail() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a device status event could not be written", e);
        }
    }

    /** Reads a detail written by {@link #toDetail()}; anything else is refused with the reason. */
    public static DeviceStatusEvent parse(String detail) {
        try {
            DeviceStatusEvent e = Json.mapper().readValue(detail, DeviceStatusEvent.class);
            if (e.device() == null || e.part() == null || e.state() == null || e.code() == null) {
                throw new IllegalArgumentException("device status detail lacks a field: " + detail);
            }
            return e;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a device status detail: " + e.getOriginalMessage(), e);
        }
    }
}

package vn.motcua.board.led;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The LED boards of one centre: the serial port of the RS-485 bus, its speed, the protocol, and which
 * bus address shows which counter. Example: display-board/led-profiles/example.json.
 */
@JsonIgnoreProperties(value = "$schema")
public record LedProfile(String port, int baud, String protocol, int width, String idleText, int resyncSeconds,
                         int gapMillis, Map<Integer, Integer> counters) {
    public LedProfile {
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("profile: 'port' is required (e.g. /dev/ttyUSB0)");
        }
        if (baud <= 0) {
            baud = 9600;
        }
        if (width <= 0) {
            width = 5;
        }
        if (idleText == null) {
            idleText = "";
        }
        if (resyncSeconds <= 0) {
            resyncSeconds = 60;
        }
        if (gapMillis < 0) {
            gapMillis = 0;
        }
        if (counters == null || counters.isEmpty()) {
            throw new IllegalArgumentException("profile: 'counters' must map at least one counter to an LED address");
        }
        counters = Map.copyOf(counters);
    }

    public static LedProfile read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return json.readValue(file.toFile(), LedProfile.class);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            throw new IOException(file + ": " + e.getCause().getMessage(), e);
        }
    }
}

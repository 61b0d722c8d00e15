package vn.motcua.kiosk.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import vn.motcua.client.DeviceState;
import vn.motcua.client.DeviceStatusReport;

/**
 * The kiosk's {@code GET /health}: the printer's last answer (a kiosk that cannot print must not look
 * healthy to a monitor), the state of its other parts (scanner, chip reader, GPIO panel; absent when the
 * model has none), and whether the folder of offline tickets can be written. {@code status} is "failed"
 * (answered with 503) when the printer is offline or the folder is not writable, "degraded" when the
 * printer runs low or another part is not online (tickets still print), else "ok".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KioskHealth(String status, DeviceStatusReport printer, DeviceStatusReport scanner,
                          DeviceStatusReport cardReader, DeviceStatusReport gpio, boolean stateWritable) {

    public static KioskHealth of(DeviceStatusReport printer, Optional<DeviceStatusReport> scanner,
                                 Optional<DeviceStatusReport> cardReader, Optional<DeviceStatusReport> gpio, Path stateDir) {
        boolean writable = Files.isDirectory(stateDir) ? Files.isWritable(stateDir)
                : stateDir.toAbsolutePath().getParent() != null && Files.isWritable(stateDir.toAbsolutePath().getParent());
        boolean othersDown = Stream.of(scanner, cardReader, gpio).flatMap(Optional::stream)
                .anyMatch(p -> p.state() != DeviceState.ONLINE);
        String status = printer.state() == DeviceState.OFFLINE || !writable ? "failed"
                : printer.state() == DeviceState.DEGRADED || othersDown ? "degraded" : "ok";
        return new KioskHealth(status, printer, scanner.orElse(null), cardReader.orElse(null), gpio.orElse(null), writable);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}

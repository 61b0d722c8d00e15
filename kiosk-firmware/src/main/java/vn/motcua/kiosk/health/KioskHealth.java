package vn.motcua.kiosk.health;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.client.DeviceState;
import vn.motcua.client.DeviceStatusReport;

/**
 * The kiosk's {@code GET /health}: the printer's last answer (a kiosk that cannot print must not look
 * healthy to a monitor), the scanner it was configured with, and whether the folder of offline tickets
 * can be written. {@code status} is "ok", "degraded" (paper low) or "failed" (answered with 503).
 */
public record KioskHealth(String status, DeviceStatusReport printer, String scanner, boolean stateWritable) {

    public static KioskHealth of(DeviceStatusReport printer, String scanner, Path stateDir) {
        boolean writable = Files.isDirectory(stateDir) ? Files.isWritable(stateDir)
                : stateDir.toAbsolutePath().getParent() != null && Files.isWritable(stateDir.toAbsolutePath().getParent());
        String status = printer.state() == DeviceState.OFFLINE || !writable ? "failed"
                : printer.state() == DeviceState.DEGRADED ? "degraded" : "ok";
        return new KioskHealth(status, printer, scanner, writable);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}

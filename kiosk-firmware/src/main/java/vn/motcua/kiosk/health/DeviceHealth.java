package vn.motcua.kiosk.health;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;
import vn.motcua.client.DeviceStatusReport;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.kiosk.gpio.KioskPanel;
import vn.motcua.kiosk.printer.PrinterStatus;

/**
 * What the manager must know about this kiosk's printer: every change of its state is reported to the
 * server as a device status (shown as an alert), and the status LED is lit while staff are needed.
 * Reports that fail (server down) are retried on the next check, so an alert is never silently lost.
 */
public final class DeviceHealth {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceHealth.class);

    private final QueueClient server;
    private final KioskPanel panel;
    private final AtomicReference<DeviceStatusReport> reported = new AtomicReference<>();
    private volatile DeviceStatusReport current = report(PrinterStatus.ok(), false);
    private volatile boolean paperLowSensor;
    private volatile PrinterStatus lastPrinter = PrinterStatus.ok();

    public DeviceHealth(QueueClient server, KioskPanel panel) {
        this.server = server;
        this.panel = panel;
        this.paperLowSensor = panel.paperLow();
        panel.onPaperLow(low -> {
            paperLowSensor = low;
            update(lastPrinter);
        });
    }

    /** Records the printer's latest answer (from a print or a periodic check). */
    public synchronized void update(PrinterStatus printer) {
        lastPrinter = printer;
        current = report(printer, paperLowSensor);
        panel.statusLed(current.code() != DeviceCode.OK);
        flush();
    }

    /** Sends the current state if the server has not acknowledged it yet. */
    public synchronized void flush() {
        DeviceStatusReport now = current;
        if (Objects.equals(reported.get(), now)) {
            return;
        }
        try {
            server.reportDeviceStatus(now);
            reported.set(now);
            LOG.info("printer status reported: {} {}", now.state(), now.code());
        } catch (QueueApiException e) {
            LOG.warn("printer status {} not reported yet: {}", now.code(), e.getMessage());
        }
    }

    public DeviceStatusReport current() {
        return current;
    }

    static DeviceStatusReport report(PrinterStatus s, boolean sensorPaperLow) {
        if (!s.online() && !s.coverOpen() && !s.paperOut() && !s.error()) {
            return new DeviceStatusReport("printer", DeviceState.OFFLINE, DeviceCode.NO_ANSWER, s.detail());
        }
        if (s.coverOpen()) {
            return new DeviceStatusReport("printer", DeviceState.OFFLINE, DeviceCode.COVER_OPEN, s.detail());
        }
        if (s.paperOut()) {
            return new DeviceStatusReport("printer", DeviceState.OFFLINE, DeviceCode.PAPER_OUT, s.detail());
        }
        if (s.error()) {
            return new DeviceStatusReport("printer", DeviceState.OFFLINE, DeviceCode.ERROR, s.detail());
        }
        if (s.paperLow() || sensorPaperLow) {
            return new DeviceStatusReport("printer", DeviceState.DEGRADED, DeviceCode.PAPER_LOW,
                    s.paperLow() ? s.detail() : "paper-low sensor");
        }
        return new DeviceStatusReport("printer", DeviceState.ONLINE, DeviceCode.OK, "ready");
    }
}

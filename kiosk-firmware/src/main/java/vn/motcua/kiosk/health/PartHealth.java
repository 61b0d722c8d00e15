package vn.motcua.kiosk.health;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.DeviceStatus;
import vn.motcua.client.DeviceStatusReport;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;

/**
 * Reports one device part's state to the server as the printer's is reported (the scanner, the chip reader,
 * the GPIO panel): a part that goes offline becomes a device alert for the manager, and its return clears
 * it. A report the server did not take is sent again at the next check. A part the kiosk model does not have
 * (empty status) is not reported at all.
 */
public final class PartHealth {
    private static final Logger LOG = LoggerFactory.getLogger(PartHealth.class);

    private final QueueClient server;
    private final String part;
    private final Supplier<Optional<DeviceStatus>> device;
    private DeviceStatusReport reported;
    private volatile DeviceStatusReport current;

    /**
     * @param part   the part's name on the wire: "scanner", "card-reader", "gpio"
     * @param device asks the driver now; empty when the kiosk has no such part
     */
    public PartHealth(QueueClient server, String part, Supplier<Optional<DeviceStatus>> device) {
        this.server = server;
        this.part = part;
        this.device = device;
    }

    /** Asks the device how it is and tells the server when that changed (or was not delivered yet). */
    public synchronized void check() {
        Optional<DeviceStatus> status = device.get();
        if (status.isEmpty()) {
            return;
        }
        current = status.get().report(part);
        if (Objects.equals(reported, current)) {
            return;
        }
        try {
            server.reportDeviceStatus(current);
            reported = current;
            LOG.info("{} status reported: {} {}", part, current.state(), current.code());
        } catch (QueueApiException e) {
            LOG.warn("{} status {} not reported yet: {}", part, current.code(), e.getMessage());
        }
    }

    /** The last state asked; empty before the first check or for a part the kiosk does not have. */
    public Optional<DeviceStatusReport> current() {
        return Optional.ofNullable(current);
    }
}

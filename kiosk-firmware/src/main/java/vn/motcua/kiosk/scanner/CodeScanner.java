package vn.motcua.kiosk.scanner;

import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.client.DeviceStatus;

/** A QR/barcode scanner: each complete read arrives as one {@link Scan}, on a thread of the scanner's own. */
public interface CodeScanner extends AutoCloseable {

    void start(Consumer<Scan> listener);

    /** Short English description for diagnostics, e.g. "serial /dev/ttyACM0 @9600". */
    String description();

    /**
     * Whether the scanner can read now: ONLINE, OFFLINE NOT_CONNECTED while its port or device cannot be
     * opened, DEGRADED WRONG_MODE for a keyboard wedge that cannot type an ID card's QR; empty for a kiosk
     * model without a scanner.
     */
    Optional<DeviceStatus> status();

    @Override
    void close();
}

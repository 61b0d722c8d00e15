package vn.motcua.kiosk.gpio;

import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.client.DeviceStatus;

/** The kiosk's own switches and lights: a help button, a status LED, the printer's paper-low sensor. */
public interface KioskPanel extends AutoCloseable {

    void onHelpPressed(Runnable listener);

    /** Called with true when the roll runs low and false when a new one is loaded. */
    void onPaperLow(Consumer<Boolean> listener);

    boolean paperLow();

    /** Lit while the kiosk needs staff: paper low, printer fault, server unreachable. */
    void statusLed(boolean on);

    /**
     * Whether the pins answer: ONLINE, or OFFLINE PIN_FAULT when a pin reads no level or the LED cannot be
     * driven (the help button and the paper sensor are then blind); empty for a kiosk without GPIO.
     */
    Optional<DeviceStatus> status();

    @Override
    void close();
}

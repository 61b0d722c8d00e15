package vn.motcua.kiosk.gpio;

import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.client.DeviceStatus;

/** A kiosk model without GPIO (a PC): no button, no sensor, no LED. */
public final class NoPanel implements KioskPanel {
    @Override
    public void onHelpPressed(Runnable listener) {
    }

    @Override
    public void onPaperLow(Consumer<Boolean> listener) {
    }

    @Override
    public boolean paperLow() {
        return false;
    }

    @Override
    public void statusLed(boolean on) {
    }

    @Override
    public Optional<DeviceStatus> status() {
        return Optional.empty();
    }

    @Override
    public void close() {
    }
}

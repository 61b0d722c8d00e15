package vn.motcua.kiosk.gpio;

import java.util.function.Consumer;

/** The kiosk's own switches and lights: a help button, a status LED, the printer's paper-low sensor. */
public interface KioskPanel extends AutoCloseable {

    void onHelpPressed(Runnable listener);

    /** Called with true when the roll runs low and false when a new one is loaded. */
    void onPaperLow(Consumer<Boolean> listener);

    boolean paperLow();

    /** Lit while the kiosk needs staff: paper low, printer fault, server unreachable. */
    void statusLed(boolean on);

    @Override
    void close();
}

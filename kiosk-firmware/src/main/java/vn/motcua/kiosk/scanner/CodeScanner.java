package vn.motcua.kiosk.scanner;

import java.util.function.Consumer;

/** A QR/barcode scanner: each complete read arrives as one {@link Scan}, on a thread of the scanner's own. */
public interface CodeScanner extends AutoCloseable {

    void start(Consumer<Scan> listener);

    /** Short English description for diagnostics, e.g. "serial /dev/ttyACM0 @9600". */
    String description();

    @Override
    void close();
}

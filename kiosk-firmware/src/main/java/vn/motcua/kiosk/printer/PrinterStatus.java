package vn.motcua.kiosk.printer;

/**
 * What the printer said to DLE EOT, or why it said nothing.
 *
 * @param silent true when the printer gave no answer at all to the first status request (unplugged, off,
 *               or replugged under a new handle): the driver decides from this whether to reopen its link
 * @param detail a short English reason for logs and the device-status report (never personal data)
 */
public record PrinterStatus(boolean online, boolean paperOut, boolean paperLow, boolean coverOpen,
                            boolean error, boolean silent, String detail) {

    /** A status the printer answered (or an I/O failure on the way to it): not {@link #silent()}. */
    public PrinterStatus(boolean online, boolean paperOut, boolean paperLow, boolean coverOpen, boolean error,
                         String detail) {
        this(online, paperOut, paperLow, coverOpen, error, false, detail);
    }

    /** Paper low still prints: the kiosk warns staff but keeps serving. */
    public boolean ready() {
        return online && !paperOut && !coverOpen && !error;
    }

    public static PrinterStatus ok() {
        return new PrinterStatus(true, false, false, false, false, "ready");
    }

    public static PrinterStatus offline(String detail) {
        return new PrinterStatus(false, false, false, false, false, detail);
    }

    /** Nothing came back to the first status request. */
    public static PrinterStatus silent(String detail) {
        return new PrinterStatus(false, false, false, false, false, true, detail);
    }
}

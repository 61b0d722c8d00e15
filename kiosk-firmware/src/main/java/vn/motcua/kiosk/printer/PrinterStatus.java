package vn.motcua.kiosk.printer;

/**
 * What the printer said to DLE EOT, or why it said nothing.
 *
 * @param detail a short English reason for logs and the device-status report (never personal data)
 */
public record PrinterStatus(boolean online, boolean paperOut, boolean paperLow, boolean coverOpen,
                            boolean error, String detail) {

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
}

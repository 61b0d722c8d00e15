package vn.motcua.kiosk.printer;

/** A document was not (fully) printed; the status says what the printer reported at that moment. */
public class PrinterException extends RuntimeException {

    private final PrinterStatus status;

    public PrinterException(String message, PrinterStatus status) {
        super(message);
        this.status = status;
    }

    public PrinterException(String message, PrinterStatus status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public PrinterStatus status() {
        return status;
    }
}

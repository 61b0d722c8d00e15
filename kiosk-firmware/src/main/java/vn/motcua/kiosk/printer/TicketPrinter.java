package vn.motcua.kiosk.printer;

/** A receipt printer the kiosk prints queue tickets and receipts on. */
public interface TicketPrinter extends AutoCloseable {

    /** Asks the printer now (DLE EOT); an unplugged or silent printer is reported offline, never thrown. */
    PrinterStatus status();

    /**
     * Prints the document, checking the status before and after.
     *
     * @throws PrinterException when the printer was not ready, the write failed or the printer
     *                          reported a fault afterwards: the document must not be claimed as printed
     */
    void print(PrintDocument document) throws PrinterException;

    @Override
    void close();
}

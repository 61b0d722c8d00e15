package vn.motcua.kiosk.printer;

import java.io.IOException;

/**
 * A real ESC/POS printer behind a {@link PrinterLink}. The link is opened on first use and reopened
 * after an I/O failure, so a printer plugged back in works again without restarting the kiosk.
 */
final class EscPosPrinter implements TicketPrinter {

    /** Opens the link; called again after the previous one failed. */
    interface LinkOpener {
        PrinterLink open() throws IOException;
    }

    private final LinkOpener opener;
    private final EscPosEncoder encoder;
    private final StatusReader statusReader;
    private PrinterLink link;

    EscPosPrinter(LinkOpener opener, EscPosEncoder encoder, StatusReader statusReader) {
        this.opener = opener;
        this.encoder = encoder;
        this.statusReader = statusReader;
    }

    @Override
    public synchronized PrinterStatus status() {
        return status(0);
    }

    @Override
    public synchronized void print(PrintDocument document) {
        PrinterStatus before = status(0);
        if (!before.ready()) {
            throw new PrinterException("printer not ready, nothing sent: " + before.detail(), before);
        }
        byte[] bytes = encoder.encode(document);
        try {
            link.write(bytes);
        } catch (IOException e) {
            String where = link.description();
            drop();
            PrinterStatus lost = PrinterStatus.offline("write failed on " + where + ": " + e.getMessage());
            throw new PrinterException("document not printed: " + lost.detail(), lost, e);
        }
        PrinterStatus after = status(link.transmitMillis(bytes.length));
        if (!after.ready()) {
            throw new PrinterException("printer reported a fault while printing: " + after.detail(), after);
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }

    private PrinterStatus status(int extraWaitMs) {
        try {
            if (link == null) {
                link = opener.open();
            }
            PrinterStatus status = statusReader.read(link, extraWaitMs);
            if (status.silent() && link.reopenWhenSilent()) {
                // A silent printer may have been replugged under a new handle: reopen next time.
                drop();
            }
            return status;
        } catch (IOException e) {
            drop();
            return PrinterStatus.offline(e.getMessage());
        }
    }

    private void drop() {
        if (link != null) {
            link.close();
            link = null;
        }
    }
}

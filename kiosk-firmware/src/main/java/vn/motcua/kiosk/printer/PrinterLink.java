package vn.motcua.kiosk.printer;

import java.io.IOException;

/** A byte pipe to a printer: serial port, USB printer device file or TCP socket. */
interface PrinterLink extends AutoCloseable {

    void write(byte[] bytes) throws IOException;

    /** One byte from the printer, or -1 if none arrived within the timeout. */
    int read(int timeoutMs) throws IOException;

    /** Drops bytes that arrived unasked (automatic status, noise) so the next answer is ours. */
    void discardInput() throws IOException;

    /** How long the given number of bytes take on the wire; zero for links without a baud rate. */
    default int transmitMillis(int bytes) {
        return 0;
    }

    /**
     * Whether a printer that stopped answering is worth a new handle. True where closing the old
     * handle releases it (a serial port, a socket); false for device files, whose blocked reader
     * thread would linger on the old handle and take the printer's next answer.
     */
    default boolean reopenWhenSilent() {
        return true;
    }

    /** Where the link goes, e.g. "serial /dev/ttyUSB0", for error messages. */
    String description();

    @Override
    void close();
}

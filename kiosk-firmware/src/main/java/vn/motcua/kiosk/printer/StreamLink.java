package vn.motcua.kiosk.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A printer link over a pair of streams, read with a deadline by a {@link DeadlineReader}: the usblp
 * device file and the simulated printer's cable. Nothing here asks {@code available()}.
 */
final class StreamLink implements PrinterLink {

    private final InputStream in;
    private final OutputStream out;
    private final String description;
    private final boolean reopenWhenSilent;
    private final DeadlineReader reader;

    /**
     * @param endOfStreamIsQuiet a device file may return 0 bytes when the printer has nothing to say
     * @param reopenWhenSilent   see {@link PrinterLink#reopenWhenSilent()}
     */
    StreamLink(InputStream in, OutputStream out, String description, boolean endOfStreamIsQuiet,
               boolean reopenWhenSilent) {
        this.in = in;
        this.out = out;
        this.description = description;
        this.reopenWhenSilent = reopenWhenSilent;
        this.reader = new DeadlineReader(in, description, endOfStreamIsQuiet);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (reader.failed()) {
            reader.discard(); // throws: the device went away under the reader
        }
        out.write(bytes);
        out.flush();
    }

    @Override
    public int read(int timeoutMs) throws IOException {
        return reader.read(timeoutMs);
    }

    @Override
    public void discardInput() throws IOException {
        reader.discard();
    }

    @Override
    public boolean reopenWhenSilent() {
        return reopenWhenSilent;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        reader.close();
        try (in; out) {
            // closing both is the point
        } catch (IOException ignored) {
            // the device may already be gone; nothing left to release
        }
    }
}

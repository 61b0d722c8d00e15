package vn.motcua.kiosk.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * The printer's end of a link: collects what a real printer would print and answers DLE EOT n the way
 * an Epson-compatible printer in the given state does. The simulated profile's printer and the tests
 * both talk to it through the real {@link EscPosPrinter}. A status request is recognised only when it
 * is the last thing received before the line goes quiet, as the driver sends it, so raster data that
 * happens to contain 10 04 01 is never mistaken for one. It reads with a deadline and never asks
 * {@code available()}, so it works on a link that behaves like usblp.
 */
public final class EscPosPrinterEmulator implements AutoCloseable {

    private static final int QUIET_MS = 15;

    private final OutputStream out;
    private final DeadlineReader in;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream document = new ByteArrayOutputStream();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile PrinterStatus state = PrinterStatus.ok();
    private volatile boolean silent;
    private volatile PrinterStatus stateAfterNextDocument;
    private volatile Consumer<byte[]> onDocument = bytes -> { };
    private int statusRequests;

    public EscPosPrinterEmulator(InputStream in, OutputStream out) {
        this.in = new DeadlineReader(in, "emulated printer", false);
        this.out = out;
        this.thread = new Thread(this::serve, "emulated-printer");
        thread.setDaemon(true);
        thread.start();
    }

    public void state(PrinterStatus state) {
        this.state = state;
    }

    public PrinterStatus state() {
        return state;
    }

    /** Simulates a printer that switched off or whose cable is loose: reads, never answers. */
    public void silent(boolean silent) {
        this.silent = silent;
    }

    /** The cover opens or the paper runs out while this document prints. */
    public void failDuringNextDocument(PrinterStatus state) {
        this.stateAfterNextDocument = state;
    }

    /**
     * Called on the emulator's thread with each document (the bytes between two status requests), right
     * after the status request that follows it has been answered: a slow listener must not make the
     * printer look silent.
     */
    public void onDocument(Consumer<byte[]> listener) {
        this.onDocument = listener;
    }

    /** Everything received except the status requests. */
    public synchronized byte[] printed() {
        return printed.toByteArray();
    }

    public synchronized int statusRequests() {
        return statusRequests;
    }

    private void serve() {
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            while (running) {
                int n = in.read(chunk, QUIET_MS);
                if (n > 0) {
                    pending.write(chunk, 0, n);
                } else if (pending.size() > 0) {
                    handle(pending.toByteArray());
                    pending.reset();
                }
            }
        } catch (IOException e) {
            // the link closed under us: the printer is off
        }
    }

    private void handle(byte[] bytes) throws IOException {
        int n = bytes.length;
        StatusQuery query = n >= 3 && bytes[n - 3] == StatusQuery.DLE && bytes[n - 2] == StatusQuery.EOT
                ? StatusQuery.of(bytes[n - 1]) : null;
        int documentBytes = query == null ? n : n - 3;
        synchronized (this) {
            printed.write(bytes, 0, documentBytes);
            document.write(bytes, 0, documentBytes);
            if (query != null) {
                statusRequests++;
            }
        }
        if (documentBytes > 0 && stateAfterNextDocument != null) {
            state = stateAfterNextDocument;
            stateAfterNextDocument = null;
        }
        if (query == null) {
            return;
        }
        if (!silent) {
            out.write(StatusReply.answer(query, state));
            out.flush();
        }
        byte[] finished = takeDocument();
        if (finished.length > 0) {
            onDocument.accept(finished);
        }
    }

    private synchronized byte[] takeDocument() {
        byte[] bytes = document.toByteArray();
        document.reset();
        return bytes;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        in.close();
        thread.join(2000);
    }
}

package vn.motcua.kiosk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.motcua.kiosk.printer.PrinterStatus;
import vn.motcua.kiosk.printer.StatusQuery;
import vn.motcua.kiosk.printer.StatusReply;

/**
 * The far end of a printer link: collects what a real printer would print and answers DLE EOT n the way
 * an Epson-compatible printer in the given state does. A status request is recognised only when it is the
 * last thing received before the line goes quiet, as the driver sends it, so raster data that happens to
 * contain 10 04 01 is never mistaken for one.
 */
public final class FakeEscPosPrinter implements AutoCloseable {
    private static final int QUIET_MS = 15;
    private final InputStream in;
    private final OutputStream out;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile PrinterStatus state = PrinterStatus.ok();
    private volatile boolean silent;
    private volatile PrinterStatus stateAfterNextDocument;
    private int statusRequests;

    public FakeEscPosPrinter(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
        this.thread = new Thread(this::serve, "fake-printer");
        thread.setDaemon(true);
        thread.start();
    }

    public void state(PrinterStatus state) {
        this.state = state;
    }

    /** Simulates a printer that switched off or whose cable is loose: reads, never answers. */
    public void silent(boolean silent) {
        this.silent = silent;
    }

    /** The cover opens or the paper runs out while this document prints. */
    public void failDuringNextDocument(PrinterStatus state) {
        this.stateAfterNextDocument = state;
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
            while (running.get()) {
                if (in.available() > 0) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        return;
                    }
                    pending.write(chunk, 0, n);
                    continue;
                }
                if (pending.size() > 0 && quietFor(QUIET_MS)) {
                    handle(pending.toByteArray());
                    pending.reset();
                } else {
                    Thread.sleep(2);
                }
            }
        } catch (IOException | InterruptedException e) {
            // the link closed under us: the test is over
        }
    }

    private boolean quietFor(int ms) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + ms * 1_000_000L;
        while (System.nanoTime() < deadline) {
            if (in.available() > 0) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private void handle(byte[] bytes) throws IOException {
        int n = bytes.length;
        StatusQuery query = n >= 3 && bytes[n - 3] == 0x10 && bytes[n - 2] == 0x04 ? StatusQuery.of(bytes[n - 1]) : null;
        int documentBytes = query == null ? n : n - 3;
        synchronized (this) {
            printed.write(bytes, 0, documentBytes);
            if (query != null) {
                statusRequests++;
            }
        }
        if (documentBytes > 0 && stateAfterNextDocument != null) {
            state = stateAfterNextDocument;
            stateAfterNextDocument = null;
        }
        if (query != null && !silent) {
            out.write(StatusReply.answer(query, state));
            out.flush();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(2000);
    }
}

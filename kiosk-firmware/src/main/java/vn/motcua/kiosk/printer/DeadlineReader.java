package vn.motcua.kiosk.printer;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream on a thread of its own so a caller can wait for a byte with a deadline. This is the
 * only way that works on every transport: Linux's usblp (/dev/usb/lp0) answers read(2) but does not
 * implement FIONREAD, so {@link InputStream#available()} is always 0 there and polling it never sees
 * the printer's answer.
 *
 * <p>A thread blocked in read(2) cannot be interrupted; after {@link #close()} it drops whatever it
 * still receives, so an answer meant for a newer reader on the same device can be lost once. Links
 * over such devices therefore keep their reader instead of reopening when the printer is silent.
 */
final class DeadlineReader implements AutoCloseable {

    /** How long to wait before reading again after a zero-length read (some printers send empty packets). */
    private static final int EMPTY_READ_BACKOFF_MS = 10;
    private static final byte[] WAKE = new byte[0];

    private final InputStream in;
    private final String description;
    private final boolean endOfStreamIsQuiet;
    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private byte[] current = WAKE;
    private int offset;
    private volatile IOException failure;
    private volatile boolean closed;

    /**
     * @param endOfStreamIsQuiet true for device files, where read(2) returning 0 bytes (Java's -1) means
     *                           "nothing now", not "gone"
     */
    DeadlineReader(InputStream in, String description, boolean endOfStreamIsQuiet) {
        this.in = in;
        this.description = description;
        this.endOfStreamIsQuiet = endOfStreamIsQuiet;
        this.thread = new Thread(this::pump, "reader " + description);
        thread.setDaemon(true);
        thread.start();
    }

    /** One byte, or -1 when none arrived within the timeout. */
    synchronized int read(int timeoutMs) throws IOException {
        if (!fill(timeoutMs)) {
            return -1;
        }
        return current[offset++] & 0xFF;
    }

    /** Up to {@code into.length} bytes that arrived together, or -1 when none arrived within the timeout. */
    synchronized int read(byte[] into, int timeoutMs) throws IOException {
        if (!fill(timeoutMs)) {
            return -1;
        }
        int n = Math.min(into.length, current.length - offset);
        System.arraycopy(current, offset, into, 0, n);
        offset += n;
        return n;
    }

    /** Drops what arrived unasked; reports a failed stream so the link is reopened. */
    synchronized void discard() throws IOException {
        current = WAKE;
        offset = 0;
        chunks.clear();
        throwIfFailed();
    }

    boolean failed() {
        return failure != null;
    }

    @Override
    public void close() {
        closed = true;
        chunks.offer(WAKE);
    }

    private boolean fill(int timeoutMs) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMs));
        while (offset >= current.length) {
            throwIfFailed();
            if (closed) {
                throw new IOException(description + " is closed");
            }
            long left = deadline - System.nanoTime();
            byte[] next;
            try {
                next = left <= 0 ? chunks.poll() : chunks.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + description, e);
            }
            if (next == null) {
                return false;
            }
            current = next;
            offset = 0;
        }
        return true;
    }

    private void throwIfFailed() throws IOException {
        if (failure != null && offset >= current.length && chunks.isEmpty()) {
            throw new IOException("read from " + description + " failed: " + failure.getMessage(), failure);
        }
    }

    private void pump() {
        byte[] buffer = new byte[4096];
        try {
            while (!closed) {
                int n = in.read(buffer);
                if (n > 0) {
                    if (!closed) {
                        chunks.offer(java.util.Arrays.copyOf(buffer, n));
                    }
                } else if (n < 0 && !endOfStreamIsQuiet) {
                    throw new IOException("end of stream");
                } else {
                    Thread.sleep(EMPTY_READ_BACKOFF_MS);
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = new IOException("reader interrupted", e);
        } finally {
            chunks.offer(WAKE);
        }
    }
}

package vn.motcua.kiosk.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One direction of an in-memory cable between the kiosk and the simulated printer. Its input side
 * behaves like usblp: a read blocks until bytes arrive, and {@code available()} always says 0, so the
 * simulated kiosk runs the same deadline reads a real USB printer needs. Unlike
 * {@link java.io.PipedInputStream} it does not care which threads write (Javalin's request threads
 * come and go).
 */
final class BytePipe {

    private static final byte[] CLOSED = new byte[0];

    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    private final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("simulated printer cable is closed");
            }
            if (len > 0) {
                chunks.offer(java.util.Arrays.copyOfRange(b, off, off + len));
            }
        }
    };

    private final InputStream in = new InputStream() {
        private byte[] current = new byte[0];
        private int offset;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (offset >= current.length) {
                if (current == CLOSED) {
                    return -1;
                }
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                offset = 0;
            }
            int n = Math.min(len, current.length - offset);
            System.arraycopy(current, offset, b, off, n);
            offset += n;
            return n;
        }

        @Override
        public int available() {
            return 0; // as usblp: no FIONREAD
        }
    };

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }

    void close() {
        closed = true;
        chunks.offer(CLOSED);
    }
}

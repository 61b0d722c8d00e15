package vn.motcua.board.led;

import java.io.IOException;

/** Where frames go: the RS-485 adapter's serial port, or a test double. */
public interface LedLink extends AutoCloseable {
    void write(byte[] frame) throws IOException;

    @Override
    void close();
}

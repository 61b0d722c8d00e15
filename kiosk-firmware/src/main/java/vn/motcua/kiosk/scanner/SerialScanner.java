package vn.motcua.kiosk.scanner;

import com.fazecast.jSerialComm.SerialPort;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner in USB-COM or RS-232 mode. Reads on its own thread; when the port disappears (cable pulled)
 * it keeps trying to reopen it, so a replugged scanner works without restarting the kiosk.
 */
public final class SerialScanner implements CodeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(SerialScanner.class);
    private static final long REOPEN_MS = 2000;

    private final String path;
    private final int baud;
    private final int quietMs;
    private volatile boolean running = true;
    private Thread thread;

    public SerialScanner(String path, int baud, int quietMs) {
        this.path = path;
        this.baud = baud;
        this.quietMs = quietMs;
    }

    @Override
    public void start(Consumer<Scan> listener) {
        thread = new Thread(() -> loop(listener), "scanner-serial");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Scan> listener) {
        while (running) {
            SerialPort port = SerialPort.getCommPort(path);
            port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, quietMs, 0);
            if (!port.openPort()) {
                pause();
                continue;
            }
            try {
                read(port, listener);
            } finally {
                port.closePort();
            }
            if (running) {
                LOG.warn("scanner port {} lost; reopening", path);
                pause();
            }
        }
    }

    private void read(SerialPort port, Consumer<Scan> listener) {
        ScanAssembler assembler = new ScanAssembler();
        byte[] buffer = new byte[512];
        while (running) {
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                return;
            }
            if (n == 0) {
                assembler.quiet().ifPresent(listener);
            } else {
                assembler.accept(buffer, n).forEach(listener);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(REOPEN_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public String description() {
        return "serial " + path + " @" + baud;
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}

package vn.motcua.kiosk.scanner;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceStatus;

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
    private volatile DeviceStatus status;
    private Thread thread;

    public SerialScanner(String path, int baud, int quietMs) {
        this.path = path;
        this.baud = baud;
        this.quietMs = quietMs;
        this.status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "serial " + path + " not opened yet");
    }

    /** Opens the port once here, so the kiosk's first health report already says whether it could. */
    @Override
    public void start(Consumer<Scan> listener) {
        SerialPort first = open();
        thread = new Thread(() -> loop(first, listener), "scanner-serial");
        thread.setDaemon(true);
        thread.start();
    }

    private SerialPort open() {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            // jSerialComm refuses a path that does not exist: an unplugged USB-COM scanner has no /dev/ttyACM0
            status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "no serial port " + path);
            return null;
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, quietMs, 0);
        if (!port.openPort()) {
            status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "cannot open serial " + path);
            return null;
        }
        status = DeviceStatus.online(description());
        return port;
    }

    private void loop(SerialPort first, Consumer<Scan> listener) {
        SerialPort port = first;
        while (running) {
            if (port == null) {
                pause();
                port = running ? open() : null;
                continue;
            }
            try {
                read(port, listener);
            } finally {
                port.closePort();
            }
            port = null;
            if (running) {
                status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "serial " + path + " lost");
                LOG.warn("scanner port {} lost; reopening", path);
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
    public Optional<DeviceStatus> status() {
        return Optional.of(status);
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}

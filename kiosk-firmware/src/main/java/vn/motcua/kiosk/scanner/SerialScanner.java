package vn.motcua.kiosk.scanner;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceStatus;

/**
 * A scanner in USB-COM or RS-232 mode. Reads on its own thread; when the port disappears (cable pulled)
 * it keeps trying to reopen it, so a replugged scanner works without restarting the kiosk.
 */
public final class SerialScanner extends ReopeningScanner<SerialPort> {
    private static final Logger LOG = LoggerFactory.getLogger(SerialScanner.class);

    private final String path;
    private final int baud;
    private final int quietMs;

    public SerialScanner(String path, int baud, int quietMs) {
        super("serial " + path, "scanner-serial");
        this.path = path;
        this.baud = baud;
        this.quietMs = quietMs;
    }

    @Override
    protected SerialPort open() {
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

    @Override
    protected void read(SerialPort port, Consumer<Scan> listener) {
        ScanAssembler assembler = new ScanAssembler();
        byte[] buffer = new byte[512];
        while (running) {
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                LOG.warn("scanner port {} lost; reopening", path);
                return;
            }
            if (n == 0) {
                assembler.quiet().ifPresent(listener);
            } else {
                assembler.accept(buffer, n).forEach(listener);
            }
        }
    }

    @Override
    protected void release(SerialPort port) {
        port.closePort();
    }

    @Override
    public String description() {
        return "serial " + path + " @" + baud;
    }
}

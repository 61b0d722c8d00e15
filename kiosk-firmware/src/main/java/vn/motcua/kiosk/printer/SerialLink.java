package vn.motcua.kiosk.printer;

import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;

/** A printer on a serial port (8N1, no flow control), opened by path: /dev/ttyUSB0, /dev/pts/3, a symlink. */
final class SerialLink implements PrinterLink {

    private static final int BITS_PER_BYTE = 10;

    private final SerialPort port;
    private final String path;
    private final int baud;

    private SerialLink(SerialPort port, String path, int baud) {
        this.port = port;
        this.path = path;
        this.baud = baud;
    }

    static SerialLink open(String path, int baud) throws IOException {
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialLink(port, path, baud);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 0);
        int offset = 0;
        while (offset < bytes.length) {
            int n = port.writeBytes(bytes, bytes.length - offset, offset);
            if (n < 0) {
                throw new IOException("write to serial port " + path + " failed after " + offset + " of "
                        + bytes.length + " bytes (error " + port.getLastErrorCode() + ")");
            }
            offset += n;
        }
    }

    @Override
    public int read(int timeoutMs) throws IOException {
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, Math.max(1, timeoutMs), 0);
        byte[] one = new byte[1];
        int n = port.readBytes(one, 1);
        if (n < 0) {
            throw new IOException("read from serial port " + path + " failed (error " + port.getLastErrorCode() + ")");
        }
        return n == 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public void discardInput() throws IOException {
        int pending = port.bytesAvailable();
        if (pending < 0) {
            throw new IOException("serial port " + path + " is gone");
        }
        if (pending > 0) {
            port.readBytes(new byte[pending], pending);
        }
    }

    @Override
    public int transmitMillis(int bytes) {
        return (int) ((long) bytes * BITS_PER_BYTE * 1000 / baud);
    }

    @Override
    public String description() {
        return "serial " + path + " @" + baud;
    }

    @Override
    public void close() {
        port.closePort();
    }
}

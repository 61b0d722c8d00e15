package vn.motcua.board.led;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;

/** An RS-485 bus (USB adapter or UART with auto direction control) through jSerialComm, 8N1. */
public final class SerialLink implements LedLink {
    private final SerialPort port;

    public SerialLink(String device, int baud) throws IOException {
        this.port = SerialPort.getCommPort(device);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 2000);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + device + " (error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public synchronized void write(byte[] frame) throws IOException {
        int written = port.writeBytes(frame, frame.length);
        if (written != frame.length) {
            throw new IOException("serial write to " + port.getSystemPortPath() + " wrote " + written + " of "
                    + frame.length + " bytes");
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}

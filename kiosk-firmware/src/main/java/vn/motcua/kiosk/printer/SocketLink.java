package vn.motcua.kiosk.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** A network printer on its raw port (9100 unless the profile says host:port). */
final class SocketLink implements PrinterLink {

    static final int RAW_PORT = 9100;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String address;

    private SocketLink(Socket socket, String address) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.address = address;
    }

    static SocketLink open(String hostPort, int connectTimeoutMs) throws IOException {
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port;
        try {
            port = colon < 0 ? RAW_PORT : Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IOException("printer address must be host or host:port, got " + hostPort, e);
        }
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMs);
            socket.setTcpNoDelay(true);
            return new SocketLink(socket, host + ":" + port);
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot connect to printer at " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public int read(int timeoutMs) throws IOException {
        socket.setSoTimeout(Math.max(1, timeoutMs));
        try {
            int b = in.read();
            if (b < 0) {
                throw new IOException("printer at " + address + " closed the connection");
            }
            return b;
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }

    @Override
    public void discardInput() throws IOException {
        int pending = in.available();
        if (pending > 0) {
            in.readNBytes(pending);
        }
    }

    @Override
    public String description() {
        return "tcp " + address;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a dead socket has nothing left to release
        }
    }
}

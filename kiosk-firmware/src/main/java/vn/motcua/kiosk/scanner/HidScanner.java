package vn.motcua.kiosk.scanner;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceStatus;

/**
 * A keyboard-wedge (HID) scanner read from its {@code /dev/input/...-event-kbd} device. The device is
 * grabbed (EVIOCGRAB) so the scanned keys do not also land in the touch UI's browser as typing.
 */
public final class HidScanner implements CodeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(HidScanner.class);
    private static final int O_RDONLY_NONBLOCK = 0x800;
    private static final long EVIOCGRAB = 0x40044590L;
    private static final int EAGAIN = 11;
    private static final long POLL_MS = 5;
    private static final long REOPEN_MS = 2000;
    /** struct input_event: struct timeval (two C longs), u16 type, u16 code, s32 value. */
    static final int EVENT_SIZE = 2 * Native.LONG_SIZE + 8;

    interface LibC extends Library {
        int open(String path, int flags);

        int read(int fd, byte[] buffer, NativeLong count);

        int ioctl(int fd, NativeLong request, int argument);

        int close(int fd);
    }

    private final String device;
    private final int quietMs;
    private volatile boolean running = true;
    private volatile DeviceStatus status;
    private Thread thread;

    public HidScanner(String device, int quietMs) {
        this.device = device;
        this.quietMs = quietMs;
        this.status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "hid " + device + " not opened yet");
    }

    /** Opens the device once here, so the kiosk's first health report already says whether it could. */
    @Override
    public void start(Consumer<Scan> listener) {
        LibC libc = Native.load("c", LibC.class);
        int first = open(libc);
        thread = new Thread(() -> loop(libc, first, listener), "scanner-hid");
        thread.setDaemon(true);
        thread.start();
    }

    private int open(LibC libc) {
        int fd = libc.open(device, O_RDONLY_NONBLOCK);
        if (fd < 0) {
            status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "cannot open hid " + device + " (errno "
                    + Native.getLastError() + ")");
            return fd;
        }
        if (libc.ioctl(fd, new NativeLong(EVIOCGRAB), 1) != 0) {
            LOG.warn("could not grab {} (errno {}); scans may also reach the browser", device, Native.getLastError());
        }
        status = DeviceStatus.online(description());
        return fd;
    }

    private void loop(LibC libc, int first, Consumer<Scan> listener) {
        int fd = first;
        while (running) {
            if (fd < 0) {
                pause(REOPEN_MS);
                fd = running ? open(libc) : -1;
                continue;
            }
            try {
                read(libc, fd, scan -> {
                    status = scan.wrongLayout()
                            ? DeviceStatus.degraded(DeviceCode.WRONG_MODE, "keyboard-wedge mode cannot type ID card QR codes; set USB-COM")
                            : DeviceStatus.online(description());
                    listener.accept(scan);
                });
            } finally {
                libc.close(fd);
            }
            fd = -1;
            if (running) {
                status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "hid " + device + " lost");
            }
        }
    }

    private void read(LibC libc, int fd, Consumer<Scan> listener) {
        EvdevKeyDecoder decoder = new EvdevKeyDecoder();
        byte[] buffer = new byte[EVENT_SIZE * 64];
        int filled = 0;
        long lastKey = System.nanoTime();
        while (running) {
            int n = readInto(libc, fd, buffer, filled);
            if (n < 0) {
                if (Native.getLastError() != EAGAIN) {
                    LOG.warn("scanner device {} lost; reopening", device);
                    return;
                }
                if (System.nanoTime() - lastKey > quietMs * 1_000_000L) {
                    decoder.quiet().ifPresent(listener);
                }
                pause(POLL_MS);
                continue;
            }
            if (n == 0) {
                // end of file: a FIFO's writer went away, or a regular file (tests) ran out
                decoder.quiet().ifPresent(listener);
                pause(POLL_MS);
                continue;
            }
            filled += n;
            lastKey = System.nanoTime();
            int whole = filled / EVENT_SIZE * EVENT_SIZE;
            ByteBuffer events = ByteBuffer.wrap(buffer, 0, whole).order(ByteOrder.nativeOrder());
            for (int at = 0; at < whole; at += EVENT_SIZE) {
                int type = Short.toUnsignedInt(events.getShort(at + 2 * Native.LONG_SIZE));
                int code = Short.toUnsignedInt(events.getShort(at + 2 * Native.LONG_SIZE + 2));
                int value = events.getInt(at + 2 * Native.LONG_SIZE + 4);
                decoder.event(type, code, value).ifPresent(listener);
            }
            System.arraycopy(buffer, whole, buffer, 0, filled - whole);
            filled -= whole;
        }
    }

    private static int readInto(LibC libc, int fd, byte[] buffer, int offset) {
        byte[] chunk = new byte[buffer.length - offset];
        int n = libc.read(fd, chunk, new NativeLong(chunk.length));
        if (n > 0) {
            System.arraycopy(chunk, 0, buffer, offset, n);
        }
        return n;
    }

    private void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public String description() {
        return "hid " + device;
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

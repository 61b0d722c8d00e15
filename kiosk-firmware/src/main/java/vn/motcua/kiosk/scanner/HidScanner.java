package vn.motcua.kiosk.scanner;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceStatus;

/**
 * A keyboard-wedge (HID) scanner read from its {@code /dev/input/...-event-kbd} device. The device is
 * grabbed (EVIOCGRAB) so the scanned keys do not also land in the touch UI's browser as typing.
 */
public final class HidScanner extends ReopeningScanner<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(HidScanner.class);
    private static final int O_RDONLY_NONBLOCK = 0x800;
    private static final long EVIOCGRAB = 0x40044590L;
    private static final int EAGAIN = 11;
    private static final long POLL_MS = 5;
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
    /** Loaded by the first open, on start. */
    private LibC libc;

    public HidScanner(String device, int quietMs) {
        super("hid " + device, "scanner-hid");
        this.device = device;
        this.quietMs = quietMs;
    }

    @Override
    protected Integer open() {
        if (libc == null) {
            libc = Native.load("c", LibC.class);
        }
        int fd = libc.open(device, O_RDONLY_NONBLOCK);
        if (fd < 0) {
            status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "cannot open hid " + device + " (errno "
                    + Native.getLastError() + ")");
            return null;
        }
        if (libc.ioctl(fd, new NativeLong(EVIOCGRAB), 1) != 0) {
            LOG.warn("could not grab {} (errno {}); scans may also reach the browser", device, Native.getLastError());
        }
        status = DeviceStatus.online(description());
        return fd;
    }

    /** Each scan also says whether the scanner types in the wrong mode. */
    @Override
    protected void read(Integer fd, Consumer<Scan> scans) {
        Consumer<Scan> listener = scan -> {
            status = scan.wrongLayout()
                    ? DeviceStatus.degraded(DeviceCode.WRONG_MODE, "keyboard-wedge mode cannot type ID card QR codes; set USB-COM")
                    : DeviceStatus.online(description());
            scans.accept(scan);
        };
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

    @Override
    protected void release(Integer fd) {
        libc.close(fd);
    }

    @Override
    public String description() {
        return "hid " + device;
    }
}

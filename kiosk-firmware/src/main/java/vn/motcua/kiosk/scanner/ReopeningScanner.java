package vn.motcua.kiosk.scanner;

import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceStatus;

/**
 * A scanner on a device that can vanish (cable pulled, USB re-enumerated). It is opened once at start, so the
 * kiosk's first health report already says whether it could, then read on a thread of its own; when it is lost
 * or cannot be opened the thread tries again every 2 s, so a replugged scanner works without restarting the kiosk.
 *
 * @param <D> the opened device (a serial port, a file descriptor)
 */
abstract class ReopeningScanner<D> implements CodeScanner {
    private static final long REOPEN_MS = 2000;

    /** "serial /dev/ttyACM0", "hid /dev/input/...": names the device in the status details. */
    private final String device;
    private final String threadName;
    /** False once closed: the read loops end. */
    protected volatile boolean running = true;
    protected volatile DeviceStatus status;
    private Thread thread;

    ReopeningScanner(String device, String threadName) {
        this.device = device;
        this.threadName = threadName;
        this.status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, device + " not opened yet");
    }

    /** The opened device and {@link #status} online, or null with {@link #status} saying why not. */
    protected abstract D open();

    /** Reads scans until the device is lost or {@link #running} ends. */
    protected abstract void read(D opened, Consumer<Scan> listener);

    protected abstract void release(D opened);

    @Override
    public final void start(Consumer<Scan> listener) {
        D first = open();
        thread = new Thread(() -> loop(first, listener), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(D first, Consumer<Scan> listener) {
        D opened = first;
        while (running) {
            if (opened == null) {
                pause(REOPEN_MS);
                opened = running ? open() : null;
                continue;
            }
            try {
                read(opened, listener);
            } finally {
                release(opened);
            }
            opened = null;
            if (running) {
                status = DeviceStatus.offline(DeviceCode.NOT_CONNECTED, device + " lost");
            }
        }
    }

    protected final void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public final Optional<DeviceStatus> status() {
        return Optional.of(status);
    }

    @Override
    public final void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}

package vn.motcua.kiosk.printer;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A USB printer through the kernel's usblp device file (/dev/usb/lp0), which carries DLE EOT answers back. */
final class DeviceFileLink implements PrinterLink {

    private static final int POLL_MS = 5;

    private final Path path;
    private final FileOutputStream out;
    private final FileInputStream in;

    private DeviceFileLink(Path path, FileOutputStream out, FileInputStream in) {
        this.path = path;
        this.out = out;
        this.in = in;
    }

    static DeviceFileLink open(Path path) throws IOException {
        // FileOutputStream would happily create a regular file where the printer should be.
        if (!Files.exists(path) || Files.isRegularFile(path) || Files.isDirectory(path)) {
            throw new IOException("no printer device at " + path);
        }
        File file = path.toFile();
        FileOutputStream out = new FileOutputStream(file);
        try {
            return new DeviceFileLink(path, out, new FileInputStream(file));
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public int read(int timeoutMs) throws IOException {
        // FileInputStream.available() asks the driver (FIONREAD), so a silent printer cannot block us.
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (in.available() == 0) {
            if (System.nanoTime() >= deadline) {
                return -1;
            }
            sleep();
        }
        return in.read();
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
        return "usb-lp " + path;
    }

    @Override
    public void close() {
        try (in; out) {
            // closing both is the point
        } catch (IOException ignored) {
            // the device may already be gone; nothing left to release
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the printer", e);
        }
    }
}

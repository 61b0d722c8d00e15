package vn.motcua.kiosk.printer;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A USB printer through the kernel's usblp device file (/dev/usb/lp0), which carries DLE EOT answers
 * back. usblp has no FIONREAD ({@code available()} is always 0), so answers are read with a deadline
 * by a reader thread. An unplugged printer fails that read (ENODEV) and the next request reopens.
 */
final class DeviceFileLink {

    private DeviceFileLink() {
    }

    static PrinterLink open(Path path) throws IOException {
        // FileOutputStream would happily create a regular file where the printer should be.
        if (!Files.exists(path) || Files.isRegularFile(path) || Files.isDirectory(path)) {
            throw new IOException("no printer device at " + path);
        }
        File file = path.toFile();
        FileOutputStream out = new FileOutputStream(file);
        try {
            return new StreamLink(new FileInputStream(file), out, "usb-lp " + path, true, false);
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }
}

package vn.motcua.kiosk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Two linked pseudo-terminals from socat: a device end for the driver under test and a far end for the fake. */
public final class SocatPair implements AutoCloseable {
    private final Process socat;
    private final Path device;
    private final Path far;

    public SocatPair(Path dir) throws IOException, InterruptedException {
        device = dir.resolve("device");
        far = dir.resolve("far");
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + far)
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(device) && Files.exists(far))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) {
                close();
                throw new IOException("socat did not create the PTY pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(10);
        }
    }

    /** The end the code under test opens by name, as it would open /dev/ttyUSB0. */
    public Path device() {
        return device;
    }

    public Path far() {
        return far;
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        socat.waitFor(5, TimeUnit.SECONDS);
    }
}

package vn.motcua.kiosk.support;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For tests of the sim profile's kiosk against a real queue server: a fresh {@link KioskRig} in a temp folder
 * before each test, closed after it. A subclass's own {@code @BeforeEach} runs once the rig is up.
 */
public abstract class SimKioskTest {
    @TempDir
    protected Path dir;
    protected KioskRig rig;
    /** Where the sim printer writes each ticket: {@code 1.bin} and {@code 1.png} for the first. */
    protected Path printed;

    /** The server's clock; the wall clock unless a test needs a given hour of a given day. */
    protected Clock serverClock() {
        return Clock.systemUTC();
    }

    @BeforeEach
    protected final void startRig() throws Exception {
        printed = dir.resolve("printer");
        rig = KioskRig.sim(dir, serverClock());
    }

    @AfterEach
    protected final void closeRig() {
        rig.close();
    }
}

package vn.motcua.kiosk.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;
import vn.motcua.client.DeviceStatus;
import vn.motcua.kiosk.support.SocatPair;

/** A serial scanner on one end of a socat PTY pair; the test types scans into the other end. */
class SerialScannerOverPtyTest {
    static final String CCCD = "001089012345|012345678|Nguyễn Văn An|12051989|Nam|Số 5 phố Huế, Hà Nội|20042021";

    @TempDir
    Path dir;
    private SocatPair pty;
    private SerialScanner scanner;
    private FileOutputStream far;
    private final BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();

    @BeforeEach
    void connect() throws Exception {
        pty = new SocatPair(dir);
        far = new FileOutputStream(pty.far().toFile());
        scanner = new SerialScanner(pty.device().toString(), 9600, 80);
        scanner.start(scans::add);
        Thread.sleep(300); // the reader thread opens the port
    }

    @AfterEach
    void disconnect() throws Exception {
        scanner.close();
        far.close();
        pty.close();
    }

    private void send(byte[] bytes) throws Exception {
        far.write(bytes);
        far.flush();
    }

    @Test
    void aUtf8IdCardQrEndingInCrLfArrivesAsOneScan() throws Exception {
        // the scanner's firmware sends in small bursts; the scan must still come out whole
        byte[] bytes = (CCCD + "\r\n").getBytes(StandardCharsets.UTF_8);
        send(java.util.Arrays.copyOfRange(bytes, 0, 20));
        Thread.sleep(20);
        send(java.util.Arrays.copyOfRange(bytes, 20, bytes.length));

        Scan scan = scans.poll(3, TimeUnit.SECONDS);
        assertThat(scan).isEqualTo(Scan.of(CCCD));
        assertThat(scans.poll(300, TimeUnit.MILLISECONDS)).as("CR LF is one terminator, not an empty scan").isNull();
    }

    @Test
    void anOpenPortIsOnlineAndAPortThatCannotBeOpenedIsNotConnected() throws Exception {
        assertThat(scanner.status()).contains(DeviceStatus.online("serial " + pty.device() + " @9600"));

        SerialScanner missing = new SerialScanner(dir.resolve("ttyACM9").toString(), 9600, 80);
        try {
            missing.start(scans::add);
            Thread.sleep(300);
            assertThat(missing.status().orElseThrow().state()).isEqualTo(DeviceState.OFFLINE);
            assertThat(missing.status().orElseThrow().code()).isEqualTo(DeviceCode.NOT_CONNECTED);
            assertThat(missing.status().orElseThrow().detail()).contains("ttyACM9");
        } finally {
            missing.close();
        }
    }

    @Test
    void aScanWithoutTerminatorEndsWhenTheLineGoesQuiet() throws Exception {
        send("A0012".getBytes(StandardCharsets.US_ASCII));
        assertThat(scans.poll(3, TimeUnit.SECONDS)).isEqualTo(Scan.of("A0012"));
    }

    @Test
    void lineNoiseIsReportedAsUnreadableAndTheNextScanStillWorks() throws Exception {
        send(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, (byte) 0xC3, '\r'});
        Scan noise = scans.poll(3, TimeUnit.SECONDS);
        assertThat(noise.ok()).isFalse();
        assertThat(noise.error()).contains("not UTF-8");

        send("H26.22.16-261122-0007\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(scans.poll(3, TimeUnit.SECONDS)).isEqualTo(Scan.of("H26.22.16-261122-0007"));
    }
}

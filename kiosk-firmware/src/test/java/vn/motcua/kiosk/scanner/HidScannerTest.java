package vn.motcua.kiosk.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Native;
import java.io.FileOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;

/**
 * The keyboard-wedge driver reading input_event records from a FIFO, byte for byte what the kernel's
 * event device delivers (EVIOCGRAB fails on a FIFO, which the driver tolerates).
 */
class HidScannerTest {
    @TempDir
    Path dir;

    @Test
    void keysTypedByTheScannerBecomeOneScanPerEnter() throws Exception {
        Path fifo = fifo();
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        HidScanner scanner = new HidScanner(fifo.toString(), 100);
        scanner.start(scans::add);
        try (FileOutputStream kernel = new FileOutputStream(fifo.toFile())) {
            // Shift+a 0 0 1 2 Enter, then h t t p Shift+; / / Enter split mid-record
            ByteBuffer events = ByteBuffer.allocate(HidScanner.EVENT_SIZE * 128).order(ByteOrder.nativeOrder());
            key(events, 42, 1);
            tap(events, 30);
            key(events, 42, 0);
            for (int code : new int[] {11, 11, 2, 3, 28}) {
                tap(events, code);
            }
            for (int code : new int[] {35, 20, 20, 25}) {
                tap(events, code);
            }
            key(events, 54, 1);
            tap(events, 39);
            key(events, 54, 0);
            tap(events, 53);
            tap(events, 53);
            tap(events, 28);
            byte[] bytes = java.util.Arrays.copyOf(events.array(), events.position());
            kernel.write(bytes, 0, 37);
            kernel.flush();
            Thread.sleep(30);
            kernel.write(bytes, 37, bytes.length - 37);
            kernel.flush();

            assertThat(scans.poll(3, TimeUnit.SECONDS)).isEqualTo(Scan.of("A0012"));
            assertThat(scans.poll(3, TimeUnit.SECONDS)).isEqualTo(Scan.of("http://"));
        } finally {
            scanner.close();
        }
    }

    @Test
    void aWedgeTypingKeysOutsideItsLayoutIsDegradedUntilItScansCleanlyAgain() throws Exception {
        Path fifo = fifo();
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        HidScanner scanner = new HidScanner(fifo.toString(), 100);
        scanner.start(scans::add);
        try (FileOutputStream kernel = new FileOutputStream(fifo.toFile())) {
            ByteBuffer events = ByteBuffer.allocate(HidScanner.EVENT_SIZE * 32).order(ByteOrder.nativeOrder());
            tap(events, 30);
            tap(events, 184); // a Vietnamese letter of a CCCD QR arrives as a key the US layout lacks
            tap(events, 28);
            kernel.write(events.array(), 0, events.position());
            kernel.flush();
            assertThat(scans.poll(3, TimeUnit.SECONDS).wrongLayout()).isTrue();
            assertThat(scanner.status().orElseThrow().state()).isEqualTo(DeviceState.DEGRADED);
            assertThat(scanner.status().orElseThrow().code()).isEqualTo(DeviceCode.WRONG_MODE);

            events.clear();
            tap(events, 2);
            tap(events, 28);
            kernel.write(events.array(), 0, events.position());
            kernel.flush();
            assertThat(scans.poll(3, TimeUnit.SECONDS)).isEqualTo(Scan.of("1"));
            assertThat(scanner.status().orElseThrow().state()).isEqualTo(DeviceState.ONLINE);
        } finally {
            scanner.close();
        }
    }

    @Test
    void aDeviceThatCannotBeOpenedIsNotConnected() throws Exception {
        HidScanner scanner = new HidScanner(dir.resolve("no-such-event-kbd").toString(), 100);
        scanner.start(scan -> { });
        try {
            Thread.sleep(300);
            assertThat(scanner.status().orElseThrow().state()).isEqualTo(DeviceState.OFFLINE);
            assertThat(scanner.status().orElseThrow().code()).isEqualTo(DeviceCode.NOT_CONNECTED);
        } finally {
            scanner.close();
        }
    }

    @Test
    void keysOutsideTheLayoutAreReportedNotGuessed() {
        EvdevKeyDecoder decoder = new EvdevKeyDecoder();
        decoder.event(EvdevKeyDecoder.EV_KEY, 30, 1);
        decoder.event(EvdevKeyDecoder.EV_KEY, 184, 1); // a key with no US-layout character
        Scan scan = decoder.event(EvdevKeyDecoder.EV_KEY, EvdevKeyDecoder.KEY_ENTER, 1).orElseThrow();
        assertThat(scan.ok()).isFalse();
        assertThat(scan.error()).contains("USB-COM");
        // the next scan starts clean
        decoder.event(EvdevKeyDecoder.EV_KEY, 2, 1);
        assertThat(decoder.event(EvdevKeyDecoder.EV_KEY, EvdevKeyDecoder.KEY_KPENTER, 1)).contains(Scan.of("1"));
    }

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("event-kbd");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        return fifo;
    }

    private static void tap(ByteBuffer events, int code) {
        key(events, code, 1);
        key(events, code, 0);
    }

    private static void key(ByteBuffer events, int code, int value) {
        for (int i = 0; i < 2; i++) {
            if (Native.LONG_SIZE == 8) {
                events.putLong(0);
            } else {
                events.putInt(0);
            }
        }
        events.putShort((short) EvdevKeyDecoder.EV_KEY).putShort((short) code).putInt(value);
        // EV_SYN after each key, as the kernel sends
        for (int i = 0; i < 2; i++) {
            if (Native.LONG_SIZE == 8) {
                events.putLong(0);
            } else {
                events.putInt(0);
            }
        }
        events.putShort((short) 0).putShort((short) 0).putInt(0);
    }
}

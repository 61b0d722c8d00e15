package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Status reads on a device that behaves like Linux usblp: reads are answered, {@code available()} is always 0
 * (no FIONREAD). A driver that polls available() sees no answer from such a printer and calls it offline.
 */
class DeadlineReadTest {

    @Test
    void thePrinterAnswersThroughALinkThatNeverReportsBytesAvailable() throws Exception {
        BytePipe toPrinter = new BytePipe();
        BytePipe fromPrinter = new BytePipe();
        try (EscPosPrinterEmulator printer = new EscPosPrinterEmulator(toPrinter.in(), fromPrinter.out());
             StreamLink link = new StreamLink(fromPrinter.in(), toPrinter.out(), "usblp-like", true, false)) {
            printer.state(new PrinterStatus(true, false, true, false, false, "paper low"));

            PrinterStatus status = new StatusReader(1000).read(link, 0);

            assertThat(fromPrinter.in().available()).isZero();
            assertThat(status.online()).isTrue();
            assertThat(status.paperLow()).isTrue();
            assertThat(printer.statusRequests()).isEqualTo(3);
        }
    }

    @Test
    void aTicketPrintsThroughTheRealDriverOverSuchALink() throws Exception {
        BytePipe toPrinter = new BytePipe();
        BytePipe fromPrinter = new BytePipe();
        PrinterConfig config = new PrinterConfig("usb-lp", "/dev/usb/lp0", null, null, 58, 384, "udc", null, "native", 500);
        PrinterFonts fonts = new PrinterFonts();
        EscPosEncoder encoder = new EscPosEncoder(config, fonts);
        try (EscPosPrinterEmulator printer = new EscPosPrinterEmulator(toPrinter.in(), fromPrinter.out());
             TicketPrinter driver = new EscPosPrinter(
                     () -> new StreamLink(fromPrinter.in(), toPrinter.out(), "usblp-like", true, false), encoder,
                     new StatusReader(500))) {
            PrintDocument ticket = TicketLayout.ticket(SerialPrinterOverPtyTest.TICKET);
            driver.print(ticket);

            assertThat(printer.printed()).isEqualTo(encoder.encode(ticket));
            assertThat(printer.statusRequests()).isEqualTo(6);
        }
    }

    @Test
    void aZeroLengthReadFromADeviceFileIsQuietNotTheEnd() throws Exception {
        // usblp returns 0 bytes when the printer sends an empty packet; Java's read says -1 for that
        AtomicInteger calls = new AtomicInteger();
        InputStream device = new InputStream() {
            @Override
            public int read() {
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (calls.incrementAndGet() < 3) {
                    return -1;
                }
                if (calls.get() == 3) {
                    b[off] = 0x12;
                    return 1;
                }
                sleepQuietly();
                return -1;
            }
        };
        try (DeadlineReader reader = new DeadlineReader(device, "usb-lp test", true)) {
            assertThat(reader.read(2000)).isEqualTo(0x12);
            assertThat(reader.read(30)).isEqualTo(-1);
        }
    }

    @Test
    void aDeviceThatFailsIsReportedWithItsNameAndTheReason() throws Exception {
        InputStream unplugged = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("No such device");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("No such device");
            }
        };
        try (DeadlineReader reader = new DeadlineReader(unplugged, "usb-lp /dev/usb/lp0", true)) {
            assertThatThrownBy(() -> reader.read(2000)).isInstanceOf(IOException.class)
                    .hasMessage("read from usb-lp /dev/usb/lp0 failed: No such device");
            assertThat(reader.failed()).isTrue();
        }
    }

    @Test
    void anAnswerThatComesLateIsNotTakenAsTheAnswerToTheNextRequest() throws Exception {
        BytePipe fromPrinter = new BytePipe();
        try (DeadlineReader reader = new DeadlineReader(fromPrinter.in(), "late", false)) {
            assertThat(reader.read(20)).isEqualTo(-1);
            fromPrinter.out().write(0x1A);
            Thread.sleep(50);
            reader.discard();
            assertThat(reader.read(20)).isEqualTo(-1);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

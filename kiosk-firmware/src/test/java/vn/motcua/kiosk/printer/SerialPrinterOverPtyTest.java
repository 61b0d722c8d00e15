package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.kiosk.support.QrReader;
import vn.motcua.kiosk.support.SocatPair;

/**
 * The serial driver against a fake printer on the far end of a socat PTY pair: jSerialComm opens the
 * link path by name, as it would /dev/ttyUSB0, and everything the printer receives is parsed back.
 */
class SerialPrinterOverPtyTest {
    static final TicketContent TICKET = new TicketContent("Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh",
            "Hộ tịch", "Civil status", "A0012", "Người cao tuổi", ZonedDateTime.parse("2026-11-22T09:05:00+07:00"),
            3, 12, "http://192.168.1.10:8080/t/123", "Cảm ơn quý khách");

    @TempDir
    Path dir;
    private SocatPair pty;
    private EscPosPrinterEmulator printer;
    private TicketPrinter driver;

    @BeforeEach
    void connect() throws Exception {
        pty = new SocatPair(dir);
        printer = new EscPosPrinterEmulator(new FileInputStream(pty.far().toFile()), new FileOutputStream(pty.far().toFile()));
        driver = Printers.open(new PrinterConfig("serial", pty.device().toString(), null, 115200, 58, 384,
                "raster", null, "native", 1000)); // 1 s: the emulator answers late on a loaded 2-core machine
    }

    @AfterEach
    void disconnect() throws Exception {
        driver.close();
        printer.close();
        pty.close();
    }

    @Test
    void aReadyPrinterReceivesTheTicketAndItsQrReadsBack() throws Exception {
        driver.print(TicketLayout.ticket(TICKET));

        byte[] received = printer.printed();
        assertThat(received).isNotEmpty();
        assertThat(QrReader.read(new EscPosRenderer(384, new PrinterFonts()).render(received)))
                .isEqualTo("http://192.168.1.10:8080/t/123");
        // before: DLE EOT 1, 2, 4; after: the same three
        assertThat(printer.statusRequests()).isEqualTo(6);
    }

    @Test
    void paperOutIsRefusedBeforeAnyByteOfTheTicketIsSent() {
        printer.state(new PrinterStatus(true, true, false, false, false, "paper out"));

        assertThatThrownBy(() -> driver.print(TicketLayout.ticket(TICKET)))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.status().paperOut()).isTrue())
                .hasMessageContaining("paper out");
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void coverOpenedWhilePrintingMeansTheTicketIsNotClaimed() {
        printer.failDuringNextDocument(new PrinterStatus(true, false, false, true, false, "cover open"));

        assertThatThrownBy(() -> driver.print(TicketLayout.ticket(TICKET)))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.status().coverOpen()).isTrue());
        assertThat(printer.printed()).isNotEmpty();
    }

    @Test
    void aSilentPrinterIsOfflineAndComesBackWhenItAnswersAgain() {
        printer.silent(true);
        PrinterStatus status = driver.status();
        assertThat(status.online()).isFalse();
        assertThat(status.detail()).contains("no answer");
        assertThatThrownBy(() -> driver.print(TicketLayout.ticket(TICKET))).isInstanceOf(PrinterException.class);
        assertThat(printer.printed()).isEmpty();

        printer.silent(false);
        assertThat(driver.status().ready()).isTrue();
    }

    @Test
    void paperLowStillPrintsAndIsReported() {
        printer.state(new PrinterStatus(true, false, true, false, false, "paper low"));

        assertThat(driver.status().paperLow()).isTrue();
        driver.print(TicketLayout.ticket(TICKET));
        assertThat(printer.printed()).isNotEmpty();
    }

    @Test
    void lineNoiseInsteadOfAStatusByteIsAFaultNotReady() throws Exception {
        printer.silent(true);
        try (FileOutputStream noise = new FileOutputStream(pty.far().toFile())) {
            // answers the first request with 0xFF: not a DLE EOT reply (bits 1 and 4 must be set, 0 and 7 clear)
            Thread startNoise = new Thread(() -> {
                try {
                    Thread.sleep(50);
                    noise.write(0xFF);
                    noise.flush();
                } catch (Exception ignored) {
                    // the assertion below reports it
                }
            });
            startNoise.start();
            PrinterStatus status = driver.status();
            startNoise.join();
            assertThat(status.ready()).isFalse();
            assertThat(status.detail()).contains("unexpected answer 0xFF");
        }
    }
}

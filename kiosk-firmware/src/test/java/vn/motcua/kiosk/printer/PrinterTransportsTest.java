package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.kiosk.support.QrReader;
import vn.motcua.kiosk.support.SocatPair;

/** The USB printer device file and the network printer port, each against the fake printer. */
class PrinterTransportsTest {
    @TempDir
    Path dir;

    @Test
    void usbLpWritesTheTicketAndReadsDleEotAnswersThroughTheDeviceFile() throws Exception {
        // a PTY is a character device like /dev/usb/lp0: written and read through the same path
        try (SocatPair pty = new SocatPair(dir);
             EscPosPrinterEmulator fake = new EscPosPrinterEmulator(new FileInputStream(pty.far().toFile()),
                     new FileOutputStream(pty.far().toFile()));
             TicketPrinter printer = Printers.open(new PrinterConfig("usb-lp", pty.device().toString(), null, null, 80,
                     576, "raster", null, "native", 300))) {
            printer.print(TicketLayout.ticket(SerialPrinterOverPtyTest.TICKET));
            assertThat(QrReader.read(new EscPosRenderer(576, new PrinterFonts()).render(fake.printed())))
                    .isEqualTo(SerialPrinterOverPtyTest.TICKET.statusUrl());

            fake.state(new PrinterStatus(true, false, false, true, false, "cover open"));
            assertThat(printer.status().coverOpen()).isTrue();
        }
    }

    @Test
    void aSilentUsbLpPrinterKeepsItsHandleAndItsNextAnswerIsNotLost() throws Exception {
        // a second reader thread on a reopened handle would take the printer's first answer after it wakes
        try (SocatPair pty = new SocatPair(dir);
             EscPosPrinterEmulator fake = new EscPosPrinterEmulator(new FileInputStream(pty.far().toFile()),
                     new FileOutputStream(pty.far().toFile()));
             TicketPrinter printer = Printers.open(new PrinterConfig("usb-lp", pty.device().toString(), null, null, 80,
                     576, "udc", null, "native", 300))) {
            fake.silent(true);
            assertThat(printer.status().detail()).startsWith("no answer to DLE EOT 1 within 300 ms on usb-lp");
            assertThat(printer.status().online()).isFalse();

            fake.silent(false);
            for (int i = 0; i < 3; i++) {
                assertThat(printer.status().ready()).as("status %d after the printer woke", i).isTrue();
            }
        }
    }

    @Test
    void usbLpRefusesARegularFileInsteadOfCreatingOne() throws Exception {
        Path notADevice = Files.createFile(dir.resolve("lp0"));
        try (TicketPrinter printer = Printers.open(new PrinterConfig("usb-lp", notADevice.toString(), null, null, 80, 576,
                "raster", null, "native", 300))) {
            PrinterStatus status = printer.status();
            assertThat(status.online()).isFalse();
            assertThat(status.detail()).contains("no printer device");
            assertThatThrownBy(() -> printer.print(TicketLayout.ticket(SerialPrinterOverPtyTest.TICKET)))
                    .isInstanceOf(PrinterException.class);
            assertThat(Files.size(notADevice)).isZero();
        }
    }

    @Test
    void tcpPrintsToTheRawPortAndAnUnreachablePrinterIsOffline() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            String address = "127.0.0.1:" + listener.getLocalPort();
            Thread accept = new Thread(() -> {
                try {
                    Socket s = listener.accept();
                    fakeHolder[0] = new EscPosPrinterEmulator(s.getInputStream(), s.getOutputStream());
                } catch (Exception ignored) {
                    // the test fails on the missing fake
                }
            });
            accept.start();
            try (TicketPrinter printer = Printers.open(new PrinterConfig("tcp", address, null, null, 58, 384, "raster",
                    null, "raster", 500))) {
                printer.print(TicketLayout.ticket(SerialPrinterOverPtyTest.TICKET));
                accept.join(2000);
                assertThat(QrReader.read(new EscPosRenderer(384, new PrinterFonts()).render(fakeHolder[0].printed())))
                        .isEqualTo(SerialPrinterOverPtyTest.TICKET.statusUrl());
            } finally {
                fakeHolder[0].close();
            }
        }
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (TicketPrinter gone = Printers.open(new PrinterConfig("tcp", "127.0.0.1:" + closedPort, null, null, 58, 384,
                "raster", null, "native", 300))) {
            assertThat(gone.status().online()).isFalse();
        }
    }

    private final EscPosPrinterEmulator[] fakeHolder = new EscPosPrinterEmulator[1];
}

package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.kiosk.support.QrReader;

/**
 * The simulated profile's printer is the real driver over an in-memory cable to the ESC/POS emulator: its
 * test handles change what the emulated printer answers to DLE EOT, and the driver's own status rule decides.
 */
class SimulatedPrinterTest {
    @TempDir
    Path dir;

    private TicketPrinter open() {
        return Printers.open(new PrinterConfig("file", null, dir.toString(), null, 58, 384, "udc", null, "native", 200));
    }

    @Test
    void aTicketIsWrittenAsTheBytesARealPrinterGetsAndTheirRendering() throws Exception {
        PrinterConfig config = new PrinterConfig("file", null, dir.toString(), null, 58, 384, "udc", null, "native", 200);
        PrintDocument ticket = TicketLayout.ticket(SerialPrinterOverPtyTest.TICKET);
        try (TicketPrinter printer = Printers.open(config)) {
            assertThat(printer).isInstanceOf(SimulatedPrinter.class);
            printer.print(ticket);

            assertThat(Files.readAllBytes(dir.resolve("1.bin"))).isEqualTo(new EscPosEncoder(config, new PrinterFonts())
                    .encode(ticket));
            assertThat(((SimulatedPrinter) printer).lastPng()).isEqualTo(dir.resolve("1.png"));
            assertThat(QrReader.read(javax.imageio.ImageIO.read(dir.resolve("1.png").toFile())))
                    .isEqualTo(SerialPrinterOverPtyTest.TICKET.statusUrl());
        }
        try (TicketPrinter again = open()) {
            again.print(ticket);
            assertThat(dir.resolve("2.bin")).exists();
        }
    }

    @Test
    void paperOutAndCoverOpenAreReadThroughDleEotAndNothingIsPrinted() {
        try (TicketPrinter printer = open()) {
            SimulatedPrinter sim = (SimulatedPrinter) printer;
            sim.paperOut();
            assertThat(printer.status().detail()).isEqualTo("paper out");
            assertThatThrownBy(() -> printer.print(TicketLayout.ticket(SerialPrinterOverPtyTest.TICKET)))
                    .isInstanceOf(PrinterException.class).hasMessageContaining("paper out");
            sim.coverOpen();
            assertThat(printer.status().coverOpen()).isTrue();
            sim.paperLow();
            assertThat(printer.status().ready()).isTrue();
            assertThat(printer.status().paperLow()).isTrue();
            assertThat(dir.resolve("1.bin")).doesNotExist();
        }
    }

    @Test
    void anUnpluggedPrinterFallsSilentThenCannotBeOpenedAndComesBackWhenRestored() {
        try (TicketPrinter printer = open()) {
            SimulatedPrinter sim = (SimulatedPrinter) printer;
            assertThat(printer.status().ready()).isTrue();
            sim.unplug();
            assertThat(printer.status().detail()).startsWith("no answer to DLE EOT 1 within 200 ms on simulated printer");
            assertThat(printer.status().detail()).isEqualTo("simulated printer unplugged");
            sim.restore();
            assertThat(printer.status().ready()).isTrue();
        }
    }

    @Test
    void anUnknownTextModeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Printers.open(new PrinterConfig("file", null, dir.toString(), null, 58, 384, "bitmap", null,
                "native", 200))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("printer.textMode must be raster, udc or codepage, got 'bitmap'");
        assertThat(dir.resolve("1.bin")).doesNotExist();
    }
}

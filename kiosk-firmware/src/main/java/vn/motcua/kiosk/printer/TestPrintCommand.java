package vn.motcua.kiosk.printer;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.client.CentreTime;
import vn.motcua.kiosk.profile.HardwareProfile;
import vn.motcua.kiosk.profile.ProfileException;
import vn.motcua.kiosk.profile.ProfileLoader;

/** {@code test-print}: a sample ticket through the profile's real printer path, and the status it read. */
@Command(name = "test-print", mixinStandardHelpOptions = true,
        description = "Print a sample ticket through the profile's printer and report the printer status.")
public final class TestPrintCommand implements Callable<Integer> {
    /** 8N1: a start bit, eight data bits, a stop bit. */
    private static final int BITS_PER_BYTE = 10;

    @Option(names = "--profile", required = true, description = "Hardware profile: a JSON file or a built-in name.")
    String profile;

    @Override
    public Integer call() {
        HardwareProfile hardware;
        try {
            hardware = new ProfileLoader().load(profile);
        } catch (ProfileException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (TicketPrinter printer = Printers.open(hardware.printer())) {
            PrinterStatus before = printer.status();
            PrinterConfig config = hardware.printer();
            System.out.println("printer: " + config.transport() + " " + where(config) + ", " + config.paperWidthMm()
                    + " mm, " + (config.textMode() == null ? "raster" : config.textMode()) + " text, "
                    + (config.nativeQr() ? "native" : "raster") + " QR");
            System.out.println("status before: " + describe(before));
            PrintDocument ticket = TicketLayout.ticket(sample());
            int bytes = new EscPosEncoder(config, new PrinterFonts()).encode(ticket).length;
            System.out.printf(Locale.ROOT, "sample ticket: %,d bytes; on the wire %.2f s at 115200 baud, %.2f s at 9600%n",
                    bytes, bytes * BITS_PER_BYTE / 115200.0, bytes * BITS_PER_BYTE / 9600.0);
            long started = System.nanoTime();
            try {
                printer.print(ticket);
            } catch (PrinterException e) {
                System.out.println("NOT PRINTED: " + e.getMessage());
                return 1;
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.println("printed in " + ms + " ms");
            System.out.println("status after: " + describe(printer.status()));
            if (printer instanceof SimulatedPrinter simulated) {
                System.out.println("rendering: " + simulated.lastPng());
            }
            return 0;
        }
    }

    static TicketContent sample() {
        return new TicketContent("Trung tâm Phục vụ hành chính công (in thử)", "Hộ tịch – Chứng thực",
                "Civil status – Certification", "A0001", "Ưu tiên: Người cao tuổi",
                ZonedDateTime.now(CentreTime.ZONE), 0, 0, "https://example.invalid/t/test-print",
                "Phiếu in thử / test print");
    }

    private static String where(PrinterConfig c) {
        return "file".equals(c.transport()) ? c.output() : c.port() + (c.baud() == null ? "" : " @" + c.baud());
    }

    private static String describe(PrinterStatus s) {
        return (s.ready() ? "READY" : "NOT READY") + " (" + s.detail() + ")"
                + (s.paperLow() ? ", paper low" : "") + (s.coverOpen() ? ", cover open" : "")
                + (s.paperOut() ? ", paper out" : "");
    }
}

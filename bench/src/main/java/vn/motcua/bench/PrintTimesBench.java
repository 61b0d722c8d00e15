package vn.motcua.bench;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.kiosk.printer.EscPosEncoder;
import vn.motcua.kiosk.printer.EscPosPrinterEmulator;
import vn.motcua.kiosk.printer.PrintDocument;
import vn.motcua.kiosk.printer.PrinterConfig;
import vn.motcua.kiosk.printer.PrinterFonts;
import vn.motcua.kiosk.printer.Printers;
import vn.motcua.kiosk.printer.TicketContent;
import vn.motcua.kiosk.printer.TicketLayout;
import vn.motcua.kiosk.printer.TicketPrinter;
import vn.motcua.kiosk.support.SocatPair;

/**
 * Part "print" (was the JUnit class PrintTimeBench): ticket bytes per printer setting and the time to print
 * them through the serial driver to the ESC/POS emulator on a socat PTY (DLE EOT 1, 2, 4 asked before and
 * after each print). A PTY has no baud limit, so the wire time at 9600 and 115200 baud is computed from the
 * byte count at 10 bits a byte (8N1). Raster text was the only way to print Vietnamese on a printer without
 * a Vietnamese code page until udc.
 */
final class PrintTimesBench extends BenchPart {
    static final TicketContent TICKET = new TicketContent("Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh",
            "Hộ tịch", "Civil status", "A0012", "Người cao tuổi", ZonedDateTime.parse("2026-11-22T09:05:00+07:00"),
            3, 12, "http://192.168.1.10:8080/t/123", "Cảm ơn quý khách");
    private static final String[][] SETTINGS = {
            {"58", "raster", "native"}, {"58", "raster", "raster"}, {"58", "udc", "native"}, {"58", "udc", "raster"},
            {"58", "codepage", "native"},
            {"80", "raster", "native"}, {"80", "raster", "raster"}, {"80", "udc", "native"}, {"80", "codepage", "native"}};
    private static final int BITS_PER_BYTE = 10;

    public record Row(int paperMm, String text, String qr, int bytes, long ptyMsMedian, double wireSeconds115200,
               double wireSeconds9600) {
    }

    PrintTimesBench(BenchRun run) {
        super(run);
    }

    /** Ticket bytes and time to the last byte through the serial driver over a socat PTY, against the wire time. */
    void printTimes() throws Exception {
        List<Row> rows = measure(5);
        results.put("printTimes", rows);
        for (var r : rows) {
            row(String.format("print %d mm, %s text, %s QR: %,d bytes", r.paperMm(), r.text(), r.qr(), r.bytes()),
                    String.format("PTY %d ms; wire 115200 baud %.2f s, 9600 baud %.2f s", r.ptyMsMedian(),
                            r.wireSeconds115200(), r.wireSeconds9600()));
        }
    }

    static List<Row> measure(int rounds) throws Exception {
        List<Row> rows = new ArrayList<>();
        Path dir = Files.createTempDirectory("print-bench-");
        try (SocatPair pty = new SocatPair(dir);
             EscPosPrinterEmulator emulator = new EscPosPrinterEmulator(new FileInputStream(pty.far().toFile()),
                     new FileOutputStream(pty.far().toFile()))) {
            for (String[] s : SETTINGS) {
                int width = Integer.parseInt(s[0]);
                int dots = width == 58 ? 384 : 576;
                PrinterConfig config = new PrinterConfig("serial", pty.device().toString(), null, 115200, width, dots,
                        s[1], "codepage".equals(s[1]) ? 52 : null, s[2], 500);
                PrintDocument ticket = TicketLayout.ticket(TICKET);
                int bytes = new EscPosEncoder(config, new PrinterFonts()).encode(ticket).length;
                long[] ms = new long[rounds];
                try (TicketPrinter printer = Printers.open(config)) {
                    printer.print(ticket); // warm-up: fonts, JIT, port open
                    for (int i = 0; i < rounds; i++) {
                        long start = System.nanoTime();
                        printer.print(ticket);
                        ms[i] = (System.nanoTime() - start) / 1_000_000;
                    }
                }
                Arrays.sort(ms);
                rows.add(new Row(width, s[1], s[2], bytes, ms[rounds / 2], wireSeconds(bytes, 115200),
                        wireSeconds(bytes, 9600)));
            }
        }
        return rows;
    }

    static double wireSeconds(int bytes, int baud) {
        return (double) bytes * BITS_PER_BYTE / baud;
    }
}

package vn.motcua.kiosk.printer;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.kiosk.support.SocatPair;

/**
 * Ticket sizes and print times per printer setting, through the serial driver to a fake printer on a socat
 * PTY (DLE EOT asked before and after each print). A PTY has no baud limit, so the wire time at 115200 and
 * 9600 baud is computed from the byte count (10 bits a byte, 8N1) and shown beside the measured PTY time.
 * Used by {@link PrintTimeBench} and the benchmark suite (bench/).
 */
public final class PrintTimes {
    public static final TicketContent TICKET = new TicketContent("Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh",
            "Hộ tịch", "Civil status", "A0012", "Người cao tuổi", ZonedDateTime.parse("2026-11-22T09:05:00+07:00"),
            3, 12, "http://192.168.1.10:8080/t/123", "Cảm ơn quý khách");
    private static final String[][] SETTINGS = {
            {"58", "raster", "native"}, {"58", "raster", "raster"}, {"58", "codepage", "native"},
            {"80", "raster", "native"}, {"80", "raster", "raster"}, {"80", "codepage", "native"}};

    public record Row(int paperMm, String text, String qr, int bytes, long ptyMsMedian, double wireSeconds115200,
                      double wireSeconds9600) {
    }

    private PrintTimes() {
    }

    public static List<Row> measure(int rounds) throws Exception {
        List<Row> rows = new ArrayList<>();
        Path dir = Files.createTempDirectory("print-bench-");
        try (SocatPair pty = new SocatPair(dir);
             EscPosPrinterEmulator fake = new EscPosPrinterEmulator(new FileInputStream(pty.far().toFile()),
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
                rows.add(new Row(width, s[1], s[2], bytes, ms[rounds / 2], bytes * 10.0 / 115200, bytes * 10.0 / 9600));
            }
        }
        return rows;
    }
}

package vn.motcua.kiosk.printer;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.support.FakeEscPosPrinter;
import vn.motcua.kiosk.support.SocatPair;

/**
 * Benchmark, not a test (surefire skips it by name): ticket sizes and print times per printer setting.
 * A PTY has no baud limit, so the wire time at 115200 and 9600 baud is computed from the byte count
 * (10 bits a byte, 8N1) and the measured PTY time is shown beside it.
 *
 * <pre>./mvnw -B -ntp -pl kiosk-firmware test -Dtest=PrintTimeBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class PrintTimeBench {
    private static final int ROUNDS = 5;

    @Test
    void printTimes() throws Exception {
        String[][] settings = {
                {"58", "raster", "native"}, {"58", "raster", "raster"}, {"58", "codepage", "native"},
                {"80", "raster", "native"}, {"80", "raster", "raster"}, {"80", "codepage", "native"}};
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-5s %-9s %-7s %8s %12s %14s %12s%n", "paper", "text", "qr", "bytes",
                "pty ms (p50)", "115200 baud s", "9600 baud s"));
        Path dir = Files.createTempDirectory("print-bench-");
        try (SocatPair pty = new SocatPair(dir);
             FakeEscPosPrinter fake = new FakeEscPosPrinter(new FileInputStream(pty.far().toFile()),
                     new FileOutputStream(pty.far().toFile()))) {
            for (String[] s : settings) {
                int width = Integer.parseInt(s[0]);
                int dots = width == 58 ? 384 : 576;
                PrinterConfig config = new PrinterConfig("serial", pty.device().toString(), null, 115200, width, dots,
                        s[1], "codepage".equals(s[1]) ? 52 : null, s[2], 500);
                PrintDocument ticket = TicketLayout.ticket(SerialPrinterOverPtyTest.TICKET);
                int bytes = new EscPosEncoder(config, new PrinterFonts()).encode(ticket).length;
                long[] ms = new long[ROUNDS];
                try (TicketPrinter printer = Printers.open(config)) {
                    printer.print(ticket); // warm-up: fonts, JIT, port open
                    for (int i = 0; i < ROUNDS; i++) {
                        long start = System.nanoTime();
                        printer.print(ticket);
                        ms[i] = (System.nanoTime() - start) / 1_000_000;
                    }
                }
                java.util.Arrays.sort(ms);
                table.append(String.format("%-5s %-9s %-7s %8d %12d %14.2f %12.2f%n", width + "mm", s[1], s[2], bytes,
                        ms[ROUNDS / 2], bytes * 10.0 / 115200, bytes * 10.0 / 9600));
            }
        }
        System.out.println("\nTicket print sizes and times (" + ROUNDS + " prints each over a socat PTY, status checked "
                + "before and after each print)\n" + table);
    }
}

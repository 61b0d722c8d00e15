package vn.motcua.kiosk.printer;

import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (surefire skips it by name): prints the {@link PrintTimes} table. The benchmark suite
 * ({@code java -jar bench/target/bench.jar}) measures the same.
 *
 * <pre>./mvnw -B -ntp -pl kiosk-firmware test -Dtest=PrintTimeBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class PrintTimeBench {
    private static final int ROUNDS = 5;

    @Test
    void printTimes() throws Exception {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-5s %-9s %-7s %8s %12s %14s %12s%n", "paper", "text", "qr", "bytes",
                "pty ms (p50)", "115200 baud s", "9600 baud s"));
        for (PrintTimes.Row r : PrintTimes.measure(ROUNDS)) {
            table.append(String.format("%-5s %-9s %-7s %8d %12d %14.2f %12.2f%n", r.paperMm() + "mm", r.text(), r.qr(),
                    r.bytes(), r.ptyMsMedian(), r.wireSeconds115200(), r.wireSeconds9600()));
        }
        System.out.println("\nTicket print sizes and times (" + ROUNDS + " prints each over a socat PTY, status checked "
                + "before and after each print)\n" + table);
    }
}

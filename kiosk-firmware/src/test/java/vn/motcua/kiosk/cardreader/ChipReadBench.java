package vn.motcua.kiosk.cardreader;

import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (surefire runs it only when named): prints the {@link ChipReadTimes} table.
 *
 * <pre>./mvnw -B -ntp -pl kiosk-firmware -am test -Dtest=ChipReadBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class ChipReadBench {
    @Test
    void chipReadTimes() throws Exception {
        StringBuilder out = new StringBuilder("\nChip read: card placed → fields ready (BAC, COM, DG1, DG13, DG2, SOD, passive auth)\n");
        for (ChipReadTimes.Row r : ChipReadTimes.measure(5)) {
            out.append(String.format("%-62s median %6.1f ms (min %.1f, max %.1f) over %d reads%n", r.path(), r.medianMs(),
                    r.minMs(), r.maxMs(), r.reads()));
            out.append("  bytes per file: ").append(r.bytesPerFile()).append('\n');
            if (r.apdus() > 0) {
                out.append(String.format("  %d APDUs, %,d APDU bytes → %.3f s on a 424 kbit/s radio (before framing)%n",
                        r.apdus(), r.apduBytes(), r.radioSeconds424k()));
            }
        }
        System.out.println(out);
    }
}

package vn.motcua.bench;

import java.util.List;
import vn.motcua.kiosk.cardreader.ChipReadTimes;

/** Part "chip": card placed → chip fields ready, and the bytes a real card's radio would carry. */
final class ChipReadBench extends BenchPart {
    ChipReadBench(BenchRun run) {
        super(run);
    }

    /** BAC and PACE, every file and passive authentication, in-process and through pcscd + vpcd. */
    void chipReadTimes() throws Exception {
        List<ChipReadTimes.Row> rows = ChipReadTimes.measure(5);
        results.put("chipReadTimes", rows);
        for (var r : rows) {
            row("chip read, " + r.path(), String.format("median %.0f ms (min %.0f, max %.0f); %s", r.medianMs(), r.minMs(),
                    r.maxMs(), r.bytesPerFile()));
            if (r.apdus() > 0) {
                row("chip read, APDU bytes at 424 kbit/s", String.format("%d APDUs, %,d bytes, %.3f s", r.apdus(),
                        r.apduBytes(), r.radioSeconds424k()));
            }
        }
    }
}

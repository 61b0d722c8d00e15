package vn.motcua.bench;

import java.util.List;

/** Part "print": ticket bytes and print time through the serial driver. */
final class PrintTimesBench extends BenchPart {
    PrintTimesBench(BenchRun run) {
        super(run);
    }

    /** Ticket bytes and time to the last byte through the serial driver over a socat PTY, against the wire time. */
    void printTimes() throws Exception {
        List<vn.motcua.kiosk.printer.PrintTimes.Row> rows = vn.motcua.kiosk.printer.PrintTimes.measure(5);
        results.put("printTimes", rows);
        for (var r : rows) {
            row(String.format("print %d mm, %s text, %s QR: %,d bytes", r.paperMm(), r.text(), r.qr(), r.bytes()),
                    String.format("PTY %d ms; wire 115200 baud %.2f s, 9600 baud %.2f s", r.ptyMsMedian(),
                            r.wireSeconds115200(), r.wireSeconds9600()));
        }
    }
}

package vn.motcua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Part "report": the manager's summary over generated visits. */
final class ReportSummaryBench extends BenchPart {
    ReportSummaryBench(BenchRun run) {
        super(run);
    }

    /** The manager's summary over about a million generated tickets (4,400 visits a weekday). */
    void reportSummary() throws Exception {
        Path data = Files.createTempDirectory("bench-report-");
        List<vn.motcua.server.report.ReportBenchmark.Row> rows = vn.motcua.server.report.ReportBenchmark.run(4400, reportDays, data);
        results.put("reportSummary", rows);
        for (var r : rows) {
            row("report: " + r.query() + (r.visits() >= 0 ? String.format(" [%,d visits]", r.visits()) : ""),
                    String.format("median %.0f ms (min %.0f, max %.0f)", r.medianMs(), r.minMs(), r.maxMs()));
        }
    }
}

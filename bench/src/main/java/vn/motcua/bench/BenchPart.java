package vn.motcua.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import vn.motcua.client.Json;

/** What every part of the suite shares: the run's settings, its figures and the printed table. */
abstract class BenchPart {
    protected final int warmup;
    protected final int measure;
    protected final Path root;
    protected final int reportDays;
    protected final Map<String, Object> results;
    protected final ObjectMapper json = Json.mapper();
    private final BenchRun run;

    BenchPart(BenchRun run) {
        this.run = run;
        this.warmup = run.warmup();
        this.measure = run.measure();
        this.root = run.root();
        this.reportDays = run.reportDays();
        this.results = run.results();
    }

    protected void row(String what, String figure) {
        BenchSuite.row(run.table(), what, figure);
    }

    protected static String fmt(Load.Result r) {
        return String.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms (%d requests, %d errors)", r.rps(), r.p50(), r.p99(),
                r.requests(), r.errors());
    }
}

package vn.motcua.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The settings of one suite run and where its parts put their figures (JSON) and table rows. */
record BenchRun(int warmup, int measure, Path root, int reportDays, Map<String, Object> results, List<String> table) {
}

package vn.motcua.server.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.motcua.client.Json;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.demo.DemoSeeder;
import vn.motcua.server.storage.Sql;

/**
 * Not a test: fills a fresh store with about a million generated visits and times the summary over one day,
 * one month and the whole range, plus the live view, printing a table. Run it as docs/benchmarks.md shows.
 * Arguments: [visits per weekday (default 4400)] [calendar days (default 300)] [data dir to reuse].
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    /** One timed query: visits in its range (-1 for the live view), median/min/max of 5 runs, answer size. */
    public record Row(String query, long visits, double medianMs, double minMs, double maxMs, int jsonKb) {
    }

    public static void main(String[] args) throws Exception {
        int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 4400;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("motcua-bench-");
        run(perDay, days, dir);
    }

    /** Prints its progress and the table; returns the rows for the benchmark suite's JSON. */
    public static List<Row> run(int perDay, int days, Path dir) throws Exception {
        List<Row> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 1, 6);
        LocalDate last = first.plusDays(days - 1);
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T03:00:00Z"), ZoneOffset.UTC);
        try (ServerApp app = new ServerApp(dir, clock, null)) {
            boolean fresh = new DemoSeeder().seedIfEmpty(app.components(), dir);
            if (fresh) {
                long t0 = System.nanoTime();
                DayGenerator generator = new DayGenerator(1L);
                try (Connection c = DayGenerator.open(dir)) {
                    for (int d = 0; d < days; d++) {
                        generator.generate(c, first.plusDays(d), 1, perDay);
                    }
                }
                System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            var db = app.components().db();
            long tickets = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM ticket"));
            long visits = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM ticket WHERE origin_ticket_id IS NULL"));
            long events = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM event"));
            long ratings = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM rating"));
            System.out.printf(Locale.ROOT, "store: %,d tickets (%,d visits), %,d events, %,d ratings, %.0f MB%n", tickets,
                    visits, events, ratings, Files.size(dir.resolve("queue.db")) / 1e6);

            var comps = app.components();
            ReportService replay = new ReportService(comps.db(), clock, comps.services(), comps.centre(), comps.policy(),
                    false);
            ReportService reports = new ReportService(comps.db(), clock, comps.services(), comps.centre(),
                    comps.policy());
            LiveView live = new LiveView(comps.db(), clock, comps.services(), comps.policy(), comps.issueLimiter()::recentBursts);
            var json = Json.mapper();
            LocalDate middle = first.plusDays(days / 2);
            while (middle.getDayOfWeek().getValue() > 5) {
                middle = middle.plusDays(1);
            }
            LocalDate mid = middle;
            LocalDate monthStart = mid.withDayOfMonth(1);
            long f0 = System.nanoTime();
            reports.foldFinishedDays(first, last);
            System.out.printf(Locale.ROOT,
                    "folding %d days into report_day: %.1f s (once; then each day as it closes), store now %.0f MB%n",
                    days, (System.nanoTime() - f0) / 1e9, Files.size(dir.resolve("queue.db")) / 1e6);
            System.out.println();
            System.out.println("| query | visits in range | runs | median ms | min ms | max ms | JSON KB |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            rows.add(row("summary, one day (" + mid + ")", () -> reports.summary(new ReportService.Query(mid, mid, null, null,
                    null)), json));
            rows.add(row("summary, one month (" + monthStart.getMonth() + " " + monthStart.getYear() + ")", () -> reports.summary(
                    new ReportService.Query(monthStart, monthStart.plusMonths(1).minusDays(1), null, null, null)), json));
            rows.add(row("summary, one month, service=A", () -> reports.summary(
                    new ReportService.Query(monthStart, monthStart.plusMonths(1).minusDays(1), "A", null, null)), json));
            rows.add(row("summary, whole range (" + days + " days)", () -> reports.summary(new ReportService.Query(first, last,
                    null, null, null)), json));
            rows.add(row("replayed from events (no folding), one day", () -> replay.summary(new ReportService.Query(mid, mid,
                    null, null, null)), json));
            rows.add(row("replayed from events (no folding), one month", () -> replay.summary(new ReportService.Query(monthStart,
                    monthStart.plusMonths(1).minusDays(1), null, null, null)), json));
            rows.add(row("replayed from events (no folding), whole range", () -> replay.summary(new ReportService.Query(first,
                    last, null, null, null)), json));
            rows.add(row("live view", live::now, json));
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "%nJVM max heap %d MB; %d processors%n", rt.maxMemory() >> 20, rt.availableProcessors());
        }
        return rows;
    }

    private interface Run {
        Object run() throws Exception;
    }

    private static Row row(String name, Run run, com.fasterxml.jackson.databind.ObjectMapper json) throws Exception {
        int runs = 5;
        Object last = run.run();
        List<Double> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = run.run();
            size = json.writeValueAsBytes(last).length;
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        String visits = last instanceof Summary s ? String.format(Locale.ROOT, "%,d", s.visits()) : "–";
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f | %.0f | %d |%n", name, visits, runs, ms.get(runs / 2), ms.get(0),
                ms.get(runs - 1), size / 1024);
        return new Row(name, last instanceof Summary s ? s.visits() : -1, ms.get(runs / 2), ms.get(0), ms.get(runs - 1),
                size / 1024);
    }
}

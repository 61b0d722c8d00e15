package vn.motcua.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import vn.motcua.client.Json;
import vn.motcua.client.upstream.QueueFact;
import vn.motcua.client.upstream.RatingFact;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.client.upstream.UpstreamKind;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.hub.DayFolder;
import vn.motcua.server.hub.HubApp;
import vn.motcua.server.hub.HubAuth;
import vn.motcua.server.hub.HubDatabase;
import vn.motcua.server.hub.HubRole;
import vn.motcua.server.hub.PgCluster;
import vn.motcua.server.report.CentreLevel;

/**
 * Part "hub": a province's history generated and loaded with COPY into a throw-away PostgreSQL 15 cluster
 * (centres × working days × visits, each visit issued, called, started and finished or missed, half of them
 * rated), folded into centre-days, then the province table for a month and a year and one centre's year
 * through the hub's HTTP API; and ingest from simulated centres posting batches, each acknowledged after COMMIT: in a
 * closed loop (saturation) and paced at a province's live rate (ack time at that load).
 */
final class HubBench extends BenchPart {
    private static final String[] SERVICES = {"A", "B", "C", "D"};
    private final int centres;
    private final int days;
    private final int visits;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Centres that post batches in the ingest run: a province's worth whatever history was loaded. */
    private static final int INGEST_CENTRES = 170;

    private final int batch;
    private final int pool;
    /** Events per second the centres offer together in the paced ingest run; 0 skips it. */
    private final int rate;

    HubBench(BenchRun run, int centres, int days, int visits, int batch, int pool, int rate) {
        super(run);
        this.rate = rate;
        this.batch = batch;
        this.pool = pool;
        this.centres = centres;
        this.days = days;
        this.visits = visits;
    }

    void run() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        results.put("hub", out);
        try (PgCluster pg = PgCluster.start("shared_buffers=2GB", "max_wal_size=8GB", "checkpoint_timeout=30min",
                "work_mem=64MB")) {
            // the cluster's directory (gigabytes at full scale) goes also when the bench is interrupted
            Thread cleanup = new Thread(pg::close, "hub-bench-cluster-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                run(pg, out);
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        }
    }

    private void run(PgCluster pg, Map<String, Object> out) throws Exception {
        String jdbc = pg.createDatabase("hubbench");
        HubDatabase db = HubDatabase.open(jdbc, "postgres", null, 16);
        LocalDate first = LocalDate.of(2025, 1, 2);
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = first; workingDays.size() < days; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                workingDays.add(d);
            }
        }
        // the load's "today" is the day after its last working day, so every day is foldable
        Clock clock = Clock.fixed(workingDays.get(days - 1).plusDays(3).atTime(10, 0).toInstant(ZoneOffset.ofHours(7)),
                ZoneOffset.UTC);
        HubApp hub = new HubApp(db, clock, 300);
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < Math.max(centres, INGEST_CENTRES); c++) {
            tokens.add(hub.centres().add(String.format("C%03d", c), "Trung tâm " + c, CentreLevel.values()[1 + c % 4]));
        }
        new HubAuth(db, clock, new PasswordHasher(1000)).addUser("tinh", "bench-pass-1".toCharArray(), HubRole.PROVINCE_MANAGER,
                null, null);
        long t0 = System.nanoTime();
        long[] rows = load(jdbc, workingDays);
        double loadS = (System.nanoTime() - t0) / 1e9;
        long tickets = (long) centres * days * visits;
        row(String.format("hub: COPY load %,d tickets (%d centres × %d days × %d visits)", tickets, centres, days, visits),
                String.format("%.0f s, %,.0f event rows/s (%,d events, %,d ratings)", loadS, rows[0] / loadS, rows[0], rows[1]));
        out.put("tickets", tickets);
        out.put("eventRows", rows[0]);
        out.put("loadSeconds", loadS);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", null); Statement s = c.createStatement()) {
            s.execute("INSERT INTO centre_day_dirty (centre_id, service_day) SELECT k.id, d::date FROM centre k, "
                    + "generate_series('" + workingDays.get(0) + "'::date, '" + workingDays.get(days - 1) + "'::date, '1 day') d WHERE k.id <= " + centres);
            s.execute("ANALYZE");
        }
        DayFolder folder = new DayFolder(db, clock);
        t0 = System.nanoTime();
        long folded = 0;
        int n;
        String foldLoad = loadAverage();
        while ((n = folder.foldSome(5_000)) > 0) {
            folded += n;
            System.err.printf("hub bench: %,d centre-days folded in %.0f s%n", folded, (System.nanoTime() - t0) / 1e9);
        }
        folder.close();
        double foldS = (System.nanoTime() - t0) / 1e9;
        row("hub: fold centre-days (each centre's days in one pass through report/VisitReplay, 2 centres at a time)",
                String.format("%,d centre-days in %.0f s, %.0f/s (load average %s → %s)", folded, foldS, folded / foldS, foldLoad,
                        loadAverage()));
        out.put("foldedCentreDays", folded);
        out.put("foldSeconds", foldS);
        sizes(jdbc, out);

        // the hub runs as its own process (the deployed jar), like a province's: the load generator below, in this
        // JVM, reaches it only over HTTP on loopback
        db.close();
        int port = Processes.freePort();
        Process process = startHub(jdbc, port);
        Thread stopHub = new Thread(process::destroy, "hub-bench-hub-stop");
        Runtime.getRuntime().addShutdownHook(stopHub);
        try {
            String url = "http://127.0.0.1:" + port;
            String token = login(url);
            LocalDate last = workingDays.get(days - 1);
            time(out, "provinceMonth", "hub: province table, one month", url + "/hub/v1/province?from=" + last.withDayOfMonth(1)
                    + "&to=" + last, token);
            time(out, "provinceYear", "hub: province table, a year (" + days + " working days)", url + "/hub/v1/province?from="
                    + workingDays.get(0) + "&to=" + last, token);
            time(out, "centreYear", "hub: one centre's report, a year", url + "/hub/v1/report?centre=C001&from="
                    + workingDays.get(0) + "&to=" + last, token);
            ingest(out, "ingest", url, tokens, 0);
            if (rate > 0) {
                ingest(out, "ingestPaced", url, tokens, rate);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopHub);
            process.destroy();
            process.waitFor();
        }
    }

    /** The database's and its largest tables' size on disk (with their indexes and TOAST). */
    private void sizes(String jdbc, Map<String, Object> out) throws Exception {
        Map<String, Object> sizes = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", null); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT 'database', pg_database_size(current_database()) UNION ALL "
                     + "SELECT relname, pg_total_relation_size(oid) FROM pg_class WHERE relname IN ('queue_event', 'rating_fact', "
                     + "'centre_day')")) {
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getLong(2));
                text.append(text.length() == 0 ? "" : ", ").append(rs.getString(1)).append(' ')
                        .append(String.format("%,.0f MB", rs.getLong(2) / 1e6));
            }
        }
        row("hub: size on disk (tables with their indexes)", text.toString());
        out.put("bytesOnDisk", sizes);
    }

    private Process startHub(String jdbc, int port) throws Exception {
        Path jar = root.resolve("queue-server/target/queue-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the hub first: " + jar + " is missing (./mvnw -pl bench -am package)");
        }
        Path log = Files.createTempFile("hub-bench-", ".log");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx1g", "-jar", jar.toString(), "hub", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--db", jdbc, "--db-user", "postgres", "--pool", String.valueOf(pool))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Processes.waitFor("http://127.0.0.1:" + port + "/health", java.time.Duration.ofSeconds(90));
        } catch (IllegalStateException e) {
            p.destroyForcibly();
            throw new IllegalStateException(e.getMessage() + "; hub log: " + log, e);
        }
        return p;
    }

    private String login(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"tinh\",\"password\":\"bench-pass-1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(r.body()).get("token").asText();
    }

    private void time(Map<String, Object> out, String key, String label, String url, String token) throws Exception {
        List<Double> ms = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            ms.add((System.nanoTime() - t) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " → " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            bytes = r.body().length;
        }
        double first = ms.get(0);
        List<Double> rest = new ArrayList<>(ms.subList(1, ms.size()));
        rest.sort(null);
        double median = rest.get(rest.size() / 2);
        row(label, String.format("first %.0f ms, then median %.0f ms (max %.0f), %,d bytes", first, median, rest.get(rest.size() - 1),
                bytes));
        out.put(key, Map.of("firstMs", first, "medianMs", median, "maxMs", rest.get(rest.size() - 1)));
    }

    /**
     * Closed loop ({@code offered} 0), as a centre's publisher with a backlog: each simulated centre posts a batch,
     * waits for the acknowledgement, posts the next, so the figure is the hub's saturation throughput and the ack
     * time is what 170 waiting centres make it (Little's law: centres ÷ batches per second). Paced ({@code offered}
     * events/s from all centres together), as live centres: each centre posts a batch every centres × batch ÷ offered
     * seconds, and an ack's time is counted from when its batch was due, not sent, so a hub that falls behind is
     * charged for the wait. Events cycle through a visit (issued, called, started, finished, rated) with today's times.
     */
    private void ingest(Map<String, Object> out, String key, String url, List<String> tokens, int offered) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong events = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Latencies lat = new Latencies();
        List<Thread> threads = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long periodNanos = offered == 0 ? 0 : (long) (tokens.size() * (double) batch / offered * 1e9);
        long start = System.nanoTime();
        java.util.Random phases = new java.util.Random(7);
        for (int c = 0; c < tokens.size(); c++) {
            String code = String.format("C%03d", c);
            String token = tokens.get(c);
            long phase = periodNanos == 0 ? 0 : (long) (phases.nextDouble() * periodNanos);
            // a second run resumes each centre's outbox after the first, so no event is a duplicate
            long firstId = key.equals("ingest") ? 100_000_000L : 500_000_000L;
            Thread t = new Thread(() -> {
                long id = firstId;
                long due = start + phase;
                while (!stop.get()) {
                    if (periodNanos > 0) {
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                    }
                    long now = System.currentTimeMillis();
                    String day = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), ZoneOffset.ofHours(7)).toString();
                    List<UpstreamEvent> list = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++, id++) {
                        list.add(liveEvent(id, now, day));
                    }
                    try {
                        String body = Json.mapper().writeValueAsString(new UpstreamBatch(code, list));
                        long t0 = periodNanos > 0 ? due : System.nanoTime();
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "/hub/v1/ingest"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (measuring.get()) {
                            lat.add(took);
                            events.addAndGet(batch);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    due += periodNanos;
                }
            }, "centre-" + code);
            t.start();
            threads.add(t);
        }
        Thread.sleep(warmup * 1000L);
        String loadBefore = loadAverage();
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(measure * 1000L);
        measuring.set(false);
        double s = (System.nanoTime() - t0) / 1e9;
        String loadAfter = loadAverage();
        stop.set(true);
        for (Thread t : threads) {
            t.join(30_000);
        }
        double achieved = events.get() / s;
        String how = offered == 0 ? "closed loop" : String.format("paced, %,d events/s offered, ack time from when the batch was due",
                offered);
        row(String.format("hub: ingest from %d centres, batches of %d (%s; over HTTP to the hub's process, commit before ack)",
                tokens.size(), batch, how), String.format("%,.0f events/s, ack p50 %.0f ms, p99 %.0f ms (%d errors; load average "
                + "%s → %s)", achieved, lat.percentileMs(50), lat.percentileMs(99), errors.get(), loadBefore, loadAfter));
        out.put(key, Map.of("centres", tokens.size(), "batch", batch, "offeredPerSecond", offered, "eventsPerSecond", achieved,
                "p50Ms", lat.percentileMs(50), "p99Ms", lat.percentileMs(99), "errors", errors.get(), "loadAverage",
                loadBefore + " → " + loadAfter));
    }

    /** Event {@code id} of a centre's live day: five per visit, the fifth a rating. */
    private static UpstreamEvent liveEvent(long id, long now, String day) {
        long ticket = id / 5;
        String number = "A" + (ticket % 10000);
        int step = (int) (id % 5);
        if (step == 4) {
            return new UpstreamEvent(id, UpstreamKind.RATING, now, day, null, new RatingFact(ticket, 1, 7L, "SATISFIED", List.of()),
                    null, null);
        }
        String[] type = {"ticket.issued", "ticket.called", "ticket.started", "ticket.finished"};
        String[] state = {"WAITING", "CALLED", "SERVING", "DONE"};
        Integer counter = step == 0 ? null : 1;
        Long officer = step == 0 ? null : 7L;
        return new UpstreamEvent(id, UpstreamKind.QUEUE, now, day, new QueueFact(id, type[step], ticket, number, "A", "NORMAL",
                state[step], counter, null, officer, 0, step == 3 ? "RECEIVED" : null), null, null, null);
    }

    /** The host's 1-minute load average, as {@code uptime} shows it. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Loader threads, each with its own connection and COPY: generation and PostgreSQL's inserts overlap. */
    private static final int LOADERS = 2;

    /**
     * Generates and COPYs every centre's events and ratings, centre by centre on {@value #LOADERS} connections, at most
     * 8 MB of rows per loader in memory; returns {event rows, rating rows}.
     */
    private long[] load(String jdbc, List<LocalDate> workingDays) throws Exception {
        AtomicLong eventRows = new AtomicLong();
        AtomicLong ratingRows = new AtomicLong();
        java.util.concurrent.atomic.AtomicInteger nextCentre = new java.util.concurrent.atomic.AtomicInteger(1);
        java.util.concurrent.ExecutorService loaders = java.util.concurrent.Executors.newFixedThreadPool(LOADERS);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < LOADERS; t++) {
                done.add(loaders.submit(() -> {
                    try (Connection c = DriverManager.getConnection(jdbc, "postgres", null)) {
                        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                        for (int centre = nextCentre.getAndIncrement(); centre <= centres; centre = nextCentre.getAndIncrement()) {
                            loadCentre(c, copy, centre, workingDays, eventRows, ratingRows);
                            if (centre % 10 == 0) {
                                System.err.printf("hub bench: centre %d loaded, %,d event rows so far%n", centre, eventRows.get());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            loaders.shutdownNow();
        }
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", null); Statement s = c.createStatement()) {
            s.execute("UPDATE centre k SET last_id = COALESCE((SELECT MAX(id) FROM queue_event q WHERE q.centre_id = k.id), 0)");
        }
        return new long[] {eventRows.get(), ratingRows.get()};
    }

    private void loadCentre(Connection c, CopyManager copy, int centre, List<LocalDate> workingDays, AtomicLong eventRows,
                            AtomicLong ratingRows) throws Exception {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < SERVICES.length; i++) {
                s.execute("INSERT INTO service_fact VALUES (" + centre + ", '" + SERVICES[i] + "', " + (i + 1)
                        + ", 'Dịch vụ " + SERVICES[i] + "', 'Service " + SERVICES[i] + "', 15, 30)");
            }
        }
        Random random = new Random(centre);
        ByteArrayOutputStream events = new ByteArrayOutputStream(1 << 22);
        ByteArrayOutputStream ratings = new ByteArrayOutputStream(1 << 20);
        // next event id, next ticket id, ratings generated since the last flush
        long[] next = {SERVICES.length + 1, 1, 0};
        for (LocalDate day : workingDays) {
            eventRows.addAndGet(day(random, centre, day, next, events, ratings));
            if (events.size() > (8 << 20)) {
                ratingRows.addAndGet(flush(copy, events, ratings, next));
            }
        }
        ratingRows.addAndGet(flush(copy, events, ratings, next));
    }

    private static long flush(CopyManager copy, ByteArrayOutputStream events, ByteArrayOutputStream ratings, long[] next)
            throws Exception {
        CopyIn in = copy.copyIn("COPY queue_event (centre_id, id, event_id, type, at, service_day, ticket_id, number, service, "
                + "category, state, counter, counter_state, officer, recalls, detail) FROM STDIN (FORMAT csv)");
        byte[] b = events.toByteArray();
        in.writeToCopy(b, 0, b.length);
        in.endCopy();
        in = copy.copyIn("COPY rating_fact (centre_id, id, at, service_day, ticket_id, counter, officer, score, reasons) "
                + "FROM STDIN (FORMAT csv)");
        b = ratings.toByteArray();
        in.writeToCopy(b, 0, b.length);
        in.endCopy();
        events.reset();
        ratings.reset();
        long n = next[2];
        next[2] = 0;
        return n;
    }

    /** One working day of one centre: 5 counters open, arrivals over 08:00–16:30, waits and service times drawn. */
    private long day(Random random, int centre, LocalDate day, long[] next, ByteArrayOutputStream events, ByteArrayOutputStream ratings) {
        long open = day.atTime(7, 30).toInstant(ZoneOffset.ofHours(7)).toEpochMilli();
        StringBuilder e = new StringBuilder(visits * 400);
        StringBuilder r = new StringBuilder();
        long rows = 0;
        String d = day.toString();
        for (int k = 1; k <= 5; k++) {
            e.append(centre).append(',').append(next[0]).append(',').append(next[0]).append(",counter.changed,").append(open).append(',')
                    .append(d).append(",,,,,,").append(k).append(",OPEN,").append(centre * 100 + k).append(",0,\n");
            next[0]++;
            rows++;
        }
        for (int v = 0; v < visits; v++) {
            long ticket = next[1]++;
            String service = SERVICES[random.nextInt(SERVICES.length)];
            long arrival = open + 30 * 60_000L + (long) (random.nextDouble() * 8.5 * 3_600_000L);
            long call = arrival + (long) (random.nextDouble() * random.nextDouble() * 40 * 60_000L);
            long start = call + 30_000L + random.nextInt(60_000);
            long end = start + (long) ((4 + random.nextDouble() * random.nextDouble() * 40) * 60_000L);
            int counter = 1 + random.nextInt(5);
            long officer = centre * 100L + counter;
            String number = service + String.format("%04d", v + 1);
            rows += row(e, centre, next, "ticket.issued", arrival, d, ticket, number, service, "WAITING", null, null, null);
            rows += row(e, centre, next, "ticket.called", call, d, ticket, number, service, "CALLED", counter, officer, null);
            if (random.nextInt(100) < 6) {
                rows += row(e, centre, next, "ticket.no_show", call + 180_000L, d, ticket, number, service, "NO_SHOW", counter, officer,
                        null);
                continue;
            }
            rows += row(e, centre, next, "ticket.started", start, d, ticket, number, service, "SERVING", counter, officer, null);
            rows += row(e, centre, next, "ticket.finished", end, d, ticket, number, service, "DONE", counter, officer,
                    random.nextInt(100) < 72 ? "RECEIVED" : "INFO_ONLY");
            if (random.nextBoolean()) {
                int s = random.nextInt(100);
                r.append(centre).append(',').append(next[0]++).append(',').append(end + 60_000L).append(',').append(d).append(',')
                        .append(ticket).append(',').append(counter).append(',').append(officer).append(',')
                        .append(s < 58 ? "VERY_SATISFIED" : s < 92 ? "SATISFIED" : s < 98 ? "NEUTRAL" : "DISSATISFIED").append(",\n");
                next[2]++;
            }
        }
        byte[] eb = e.toString().getBytes(StandardCharsets.UTF_8);
        events.write(eb, 0, eb.length);
        byte[] rb = r.toString().getBytes(StandardCharsets.UTF_8);
        ratings.write(rb, 0, rb.length);
        return rows;
    }

    private static int row(StringBuilder e, int centre, long[] next, String type, long at, String day, long ticket, String number,
                           String service, String state, Integer counter, Long officer, String detail) {
        long id = next[0]++;
        e.append(centre).append(',').append(id).append(',').append(id).append(',').append(type).append(',').append(at).append(',')
                .append(day).append(',').append(ticket).append(',').append(number).append(',').append(service).append(",NORMAL,")
                .append(state).append(',').append(counter == null ? "" : counter).append(",,").append(officer == null ? "" : officer)
                .append(",0,").append(detail == null ? "" : detail).append('\n');
        return 1;
    }
}

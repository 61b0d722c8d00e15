package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Part "cds": the packaged server's start, process start to its first 200 on /health, on a store
 * that exists (a restart at power-on), without and with the AppCDS archive the package's postinst makes
 * ({@code java -XX:ArchiveClassesAtExit=… -jar queue-server.jar warmup}). Runs alternate, so both see
 * the same page cache; the first start of a new store (migrations) is shown apart.
 */
final class AppCdsBench extends BenchPart {
    /** The JVM options of /etc/motcua/server.conf and the launcher, less the archive. */
    private static final List<String> PACKAGED_OPTS = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Ho_Chi_Minh");

    private static final int RUNS = 5;

    private final Path jar;

    AppCdsBench(BenchRun run) {
        super(run);
        this.jar = root.resolve("queue-server/target/queue-server.jar");
    }

    void run() throws Exception {
        if (!Files.exists(jar)) {
            row("cold start with AppCDS", "skipped: " + jar + " not built");
            return;
        }
        Path dir = Files.createTempDirectory("bench-cds-");
        Path data = dir.resolve("data");
        Path archive = dir.resolve("queue-server.jsa");
        double first = startMs(data, List.of());
        long t = System.nanoTime();
        Process make = new ProcessBuilder(command(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off"), "warmup"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("warmup.log").toFile()).start();
        if (!make.waitFor(120, TimeUnit.SECONDS) || make.exitValue() != 0 || !Files.exists(archive)) {
            row("cold start with AppCDS", "skipped: the archive was not made, see " + dir.resolve("warmup.log"));
            return;
        }
        double makeMs = (System.nanoTime() - t) / 1e6;
        Latencies without = new Latencies();
        Latencies with = new Latencies();
        for (int i = 0; i < RUNS; i++) {
            without.add((long) (startMs(data, List.of()) * 1e6));
            with.add((long) (startMs(data, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off")) * 1e6));
        }
        results.put("cds", Map.of("firstStartNewStoreMs", first, "archiveMakeMs", makeMs,
                "archiveMb", Files.size(archive) / 1e6, "withoutMedianMs", without.percentileMs(50),
                "withoutMaxMs", without.percentileMs(100), "withMedianMs", with.percentileMs(50),
                "withMaxMs", with.percentileMs(100), "runs", RUNS));
        row("server first start on a new store (migrations), no archive", String.format("%.0f ms", first));
        row("AppCDS archive made by 'warmup' (as the postinst does)",
                String.format("%.0f ms, %.0f MB", makeMs, Files.size(archive) / 1e6));
        row(String.format("server restart to /health 200, without archive (median / max of %d)", RUNS),
                String.format("%.0f / %.0f ms", without.percentileMs(50), without.percentileMs(100)));
        row(String.format("server restart to /health 200, with AppCDS archive (median / max of %d)", RUNS),
                String.format("%.0f / %.0f ms", with.percentileMs(50), with.percentileMs(100)));
    }

    private List<String> command(List<String> extra, String... args) {
        List<String> c = new ArrayList<>(List.of("java"));
        c.addAll(PACKAGED_OPTS);
        c.addAll(extra);
        c.add("-jar");
        c.add(jar.toString());
        c.addAll(List.of(args));
        return c;
    }

    private double startMs(Path data, List<String> extra) throws Exception {
        int port = Processes.freePort();
        Files.createDirectories(data);
        List<String> c = command(extra, "serve", "--host", "127.0.0.1", "--port", String.valueOf(port), "--data",
                data.toString(), "--first-start");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(data.resolve("..").resolve("serve.log").toFile())
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            long until = start + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < until) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - start) / 1e6;
                    }
                } catch (java.io.IOException e) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("the server did not answer /health within 60 s");
        } finally {
            p.destroy(); // SIGTERM, as systemctl stop
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }
}

package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Part "kiosk": the kiosk jar's start and heap after a busy stretch. */
final class KioskHeapBench extends BenchPart {
    KioskHeapBench(BenchRun run) {
        super(run);
    }

    /**
     * The kiosk jar (sim profile) against a server, driven through a busy hour and a half: 180 tickets and
     * scans; then its heap after a full GC, read with jcmd.
     */
    void kioskHeap() throws Exception {
        Path jar = root.resolve("kiosk-firmware/target/kiosk-firmware.jar");
        if (!Files.exists(jar)) {
            row("kiosk heap", "skipped: " + jar + " not built");
            return;
        }
        try (DemoServer demo = DemoServer.start("kiosk")) {
            Path data = demo.data();
            String token = demo.kioskToken();
            int port = Processes.freePort();
            long started = System.nanoTime();
            Process kiosk = new ProcessBuilder("java", "-jar", jar.toString(), "run", "--profile", "sim", "--server",
                    demo.base(), "--token", token, "--port", String.valueOf(port))
                    .directory(data.toFile()).redirectErrorStream(true).redirectOutput(data.resolve("kiosk.log").toFile()).start();
            try {
                String base = "http://127.0.0.1:" + port;
                Processes.waitFor(base + "/", Duration.ofSeconds(60));
                double startMs = (System.nanoTime() - started) / 1e6;
                results.put("coldStart_kiosk-firmware_ms", startMs);
                row("cold start kiosk-firmware fat jar to serving its UI", String.format("%.0f ms", startMs));
                HttpClient http = HttpClient.newHttpClient();
                // /local/* answers only with this boot's key, which the kiosk writes into its page
                String page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                java.util.regex.Matcher keyTag = java.util.regex.Pattern.compile("name=\"kiosk-key\" content=\"([^\"]+)\"")
                        .matcher(page);
                String key = keyTag.find() ? keyTag.group(1) : "";
                String[] services = {"A", "B", "C", "D", "E", "F", "G"};
                for (int i = 0; i < 180; i++) {
                    http.send(Load.post(base + "/local/sim/scan", "{\"payload\":\"001089012345||Nguyễn Văn An|12051989|Nam|Hà Nội|20042021\"}")
                            .header("X-Kiosk-Key", key).build(), HttpResponse.BodyHandlers.discarding());
                    http.send(Load.post(base + "/local/tickets", "{\"service\":\"" + services[i % services.length] + "\"}")
                            .header("X-Kiosk-Key", key).build(), HttpResponse.BodyHandlers.discarding());
                }
                String pid = String.valueOf(kiosk.pid());
                Processes.run("jcmd", pid, "GC.run");
                String info = Processes.run("jcmd", pid, "GC.heap_info");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
                long usedKb = m.find() ? Long.parseLong(m.group(1)) : -1;
                results.put("kioskHeapUsedAfterGcMb", usedKb / 1024.0);
                row("kiosk heap used after 180 tickets + scans, after GC (goal <= 128 MB)",
                        String.format("%.1f MB", usedKb / 1024.0));
            } finally {
                kiosk.destroy();
                kiosk.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

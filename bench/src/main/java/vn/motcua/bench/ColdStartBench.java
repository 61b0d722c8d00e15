package vn.motcua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Part "cold": fat-jar start to healthy. */
final class ColdStartBench extends BenchPart {
    ColdStartBench(BenchRun run) {
        super(run);
    }

    /** Process start to first healthy answer, three times, from the fat jar as deployed. */
    void coldStart(String module, List<String> args, String healthPath) throws Exception {
        Path jar = root.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.exists(jar)) {
            row("cold start " + module, "skipped: " + jar + " not built");
            return;
        }
        Latencies starts = new Latencies();
        for (int i = 0; i < 3; i++) {
            int port = Processes.freePort();
            Path data = Files.createTempDirectory("bench-cold-");
            List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
            args.forEach(a -> command.add(a.replace("%PORT%", String.valueOf(port)).replace("%DATA%", data.toString())));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("out.log").toFile())
                    .start();
            try {
                Processes.waitFor("http://127.0.0.1:" + port + healthPath, Duration.ofSeconds(60));
                starts.add(System.nanoTime() - start);
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        results.put("coldStart_" + module + "_ms", starts.percentileMs(50));
        row("cold start " + module + " fat jar to healthy (median of 3)", String.format("%.0f ms", starts.percentileMs(50)));
    }
}

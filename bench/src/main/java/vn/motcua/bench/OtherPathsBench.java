package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/** Part "paths": simpler paths through the same server. */
final class OtherPathsBench extends BenchPart {
    OtherPathsBench(BenchRun run) {
        super(run);
    }

    /**
     * Simpler paths through the same server and load, to show where a ticket's cost lies: the full Javalin
     * setup (security headers, access log, metrics) on GET /health, and a token check plus one durable
     * write with its event on POST /api/v1/devices/status.
     */
    void otherPaths() throws Exception {
        try (DemoServer demo = DemoServer.start("paths")) {
            String token = demo.kioskToken();
            String base = demo.base();
            Load.Result health = Load.run(100, Duration.ofSeconds(warmup), Duration.ofSeconds(measure),
                    i -> HttpRequest.newBuilder(URI.create(base + "/health")).build());
            results.put("health100", health);
            row("GET /health through the server's full setup, 100 clients", fmt(health));
            Load.Result status = Load.run(100, Duration.ofSeconds(warmup), Duration.ofSeconds(measure),
                    i -> Load.post(base + "/api/v1/devices/status", "{\"part\":\"printer\",\"state\":\"ONLINE\","
                            + "\"code\":\"OK\"}").header("Authorization", "Bearer " + token).build());
            results.put("deviceStatus100", status);
            row("POST /api/v1/devices/status (token + durable write + event), 100 clients", fmt(status));
        }
    }
}

package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.Map;
import vn.motcua.client.Json;

/** Part "bare": a bare Javalin POST with Jackson, the HTTP ceiling the full API is compared with. */
final class BareJavalinBench extends BenchPart {
    BareJavalinBench(BenchRun run) {
        super(run);
    }

    Load.Result bareJavalin(int clients, String run) throws Exception {
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.startup.showJavalinBanner = false;
            config.routes.post("/echo", ctx -> {
                JsonNode body = ctx.bodyAsClass(JsonNode.class);
                ctx.status(201).json(Map.of("ok", true, "service", body.path("service").asText()));
            });
        }).start("127.0.0.1", 0);
        try {
            String url = "http://127.0.0.1:" + app.port() + "/echo";
            Load.Result r = Load.run(clients, Duration.ofSeconds(warmup), Duration.ofSeconds(measure),
                    i -> Load.post(url, "{\"service\":\"A\",\"category\":\"NORMAL\",\"requestId\":\"r" + i + "\"}").build());
            results.put("bareJavalinPost" + clients + run.replace(" ", ""), r);
            row("bare Javalin POST + Jackson, " + clients + " connections" + run, fmt(r));
            return r;
        } finally {
            app.stop();
        }
    }
}

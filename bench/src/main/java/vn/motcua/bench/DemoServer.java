package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import vn.motcua.client.Json;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.ticket.IssueLimits;
import vn.motcua.server.demo.DemoSeeder;

/** The demo centre in this process on a fresh data directory, as each load part of the suite needs it. */
record DemoServer(ServerApp app, Path data, JsonNode credentials, String base) implements AutoCloseable {

    static DemoServer start(String name) throws Exception {
        return start(name, app -> { });
    }

    /** @param beforeStart changes to the seeded store made before the server takes requests */
    static DemoServer start(String name, Consumer<ServerApp> beforeStart) throws Exception {
        Path data = Files.createTempDirectory("bench-" + name + "-");
        ServerApp app = new ServerApp(data, Clock.systemUTC(), null);
        new DemoSeeder().seedIfEmpty(app.components(), data);
        // the benchmarks issue thousands of tickets a second from one kiosk token on purpose
        app.components().issueLimiter().limits(IssueLimits.OFF);
        beforeStart.accept(app);
        app.start("127.0.0.1", 0);
        JsonNode credentials = Json.mapper().readTree(data.resolve("demo-credentials.json").toFile());
        return new DemoServer(app, data, credentials, "http://127.0.0.1:" + app.port());
    }

    String kioskToken() {
        return credentials.get("kioskToken").asText();
    }

    @Override
    public void close() {
        app.close();
    }
}

package vn.motcua.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import vn.motcua.client.Json;
import vn.motcua.client.testing.MutableClock;

/**
 * An SMS gateway and a webhook receiver over real HTTP on a loopback port that fail sometimes: every
 * {@code failEvery}-th request gets 503 (the first one too), so the notifier's retries are exercised.
 */
public final class FakeGateway implements AutoCloseable {
    /** One request as received: path, Authorization header, JSON body, and whether it was accepted. */
    public record Received(String path, String authorization, JsonNode body, boolean accepted) {
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    public final List<Received> received = new CopyOnWriteArrayList<>();

    public FakeGateway(int failEvery) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = requests.getAndIncrement() % failEvery == 0;
            received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"),
                    Json.mapper().readTree(new String(body, StandardCharsets.UTF_8)), !fail));
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> accepted(String path) {
        return received.stream().filter(r -> r.accepted() && r.path().equals(path)).toList();
    }

    /**
     * Lets the notifier's rounds (250 ms each) run, the server clock moved {@code step} per 300 ms (the retry
     * backoff, the digest interval), until {@code done}; fails with what the gateway received after 100 steps.
     */
    public void until(BooleanSupplier done, MutableClock clock, Duration step) throws InterruptedException {
        for (int i = 0; i < 100 && !done.getAsBoolean(); i++) {
            Thread.sleep(300);
            clock.advance(step);
        }
        assertThat(done.getAsBoolean()).as("gateway received " + received).isTrue();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

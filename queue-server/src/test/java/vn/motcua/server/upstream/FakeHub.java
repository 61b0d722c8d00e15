package vn.motcua.server.upstream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.client.Json;
import vn.motcua.client.upstream.UpstreamAck;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.client.upstream.UpstreamEvent;

/**
 * A small province hub for tests and the bench: the ingest contract over real HTTP on a loopback port, with
 * events kept by (centre, id) in memory, and faults on demand (error answers, delays, an acknowledgement
 * lost after storing, the whole hub down).
 */
public final class FakeHub implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();
    public final String centre;
    public final String token;
    private final TreeMap<Long, UpstreamEvent> stored = new TreeMap<>();
    private final List<String> payloads = new ArrayList<>();
    private final List<Long> firstIds = new ArrayList<>();
    private int duplicates;
    private boolean outOfOrder;
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failStatus = 500;
    private volatile long delayMillis;
    private final AtomicInteger dropAckNext = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    private volatile int maxEvents = 500;
    private final boolean keepPayloads;
    private int port;
    private HttpServer server;

    public FakeHub(String centre, String token, boolean keepPayloads) throws IOException {
        this.centre = centre;
        this.token = token;
        this.keepPayloads = keepPayloads;
        start();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** (Re)starts on the same port, so a centre configured with {@link #url()} finds it again. */
    public synchronized void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/hub/v1/ingest", this::ingest);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        port = server.getAddress().getPort();
    }

    /** The hub goes down: the port refuses connections until {@link #start()}. */
    public synchronized void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    public void failNext(int times, int status) {
        failStatus = status;
        failNext.set(times);
    }

    /** Refuses larger batches with 413, like a hub behind a smaller body limit. */
    public void maxEvents(int n) {
        maxEvents = n;
    }

    /** Request body bytes received so far. */
    public long bytesReceived() {
        return bytes.get();
    }

    public void delay(long millis) {
        delayMillis = millis;
    }

    /** The next {@code times} batches are stored, then the connection is dropped before the answer. */
    public void dropAckNext(int times) {
        dropAckNext.set(times);
    }

    private void ingest(HttpExchange x) throws IOException {
        requests.incrementAndGet();
        try (x) {
            if (!"POST".equals(x.getRequestMethod())) {
                answer(x, 405, Map.of("error", "POST only"));
                return;
            }
            if (!("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                answer(x, 401, Map.of("error", "bad token"));
                return;
            }
            byte[] raw = x.getRequestBody().readAllBytes();
            bytes.addAndGet(raw.length);
            String body = new String(raw, StandardCharsets.UTF_8);
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(x, failStatus, Map.of("error", "injected failure"));
                return;
            }
            UpstreamBatch batch;
            try {
                batch = JSON.readValue(body, UpstreamBatch.class);
            } catch (IOException e) {
                answer(x, 400, Map.of("error", "malformed batch: " + e.getMessage()));
                return;
            }
            if (!centre.equals(batch.centre())) {
                answer(x, 403, Map.of("error", "centre " + batch.centre() + " is not this token's centre"));
                return;
            }
            if (batch.events() != null && batch.events().size() > maxEvents) {
                answer(x, 413, Map.of("error", "batch larger than " + maxEvents + " events"));
                return;
            }
            String problem = problem(batch);
            if (problem != null) {
                answer(x, 400, Map.of("error", problem));
                return;
            }
            UpstreamAck ack = store(batch, body);
            if (dropAckNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IOException("injected: acknowledgement lost after storing");
            }
            answer(x, 200, ack);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String problem(UpstreamBatch b) {
        if (b.events() == null || b.events().isEmpty() || b.events().size() > 500) {
            return "events: 1..500 expected";
        }
        long previous = Long.MIN_VALUE;
        for (UpstreamEvent e : b.events()) {
            if (e.id() <= previous) {
                return "event ids must strictly increase: " + e.id() + " after " + previous;
            }
            previous = e.id();
            int facts = (e.queue() == null ? 0 : 1) + (e.rating() == null ? 0 : 1) + (e.dossier() == null ? 0 : 1)
                    + (e.service() == null ? 0 : 1);
            Object named = e.kind() == null ? null : switch (e.kind()) {
                case QUEUE -> e.queue();
                case RATING -> e.rating();
                case DOSSIER -> e.dossier();
                case SERVICE -> e.service();
            };
            if (facts != 1 || named == null) {
                return "event " + e.id() + ": exactly the fact named by kind must be present";
            }
            if (e.serviceDay() == null || !e.serviceDay().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return "event " + e.id() + ": serviceDay must be yyyy-MM-dd";
            }
        }
        return null;
    }

    private synchronized UpstreamAck store(UpstreamBatch b, String body) {
        if (keepPayloads) {
            payloads.add(body);
        }
        long first = b.events().get(0).id();
        if (!stored.isEmpty() && first <= stored.lastKey() && !stored.containsKey(first)) {
            outOfOrder = true;
        }
        firstIds.add(first);
        int fresh = 0;
        int dup = 0;
        for (UpstreamEvent e : b.events()) {
            if (stored.putIfAbsent(e.id(), e) == null) {
                fresh++;
            } else {
                dup++;
            }
        }
        duplicates += dup;
        return new UpstreamAck(b.events().get(b.events().size() - 1).id(), fresh, dup);
    }

    private static void answer(HttpExchange x, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    public synchronized List<UpstreamEvent> stored() {
        return List.copyOf(stored.values());
    }

    public synchronized int storedCount() {
        return stored.size();
    }

    public synchronized int duplicates() {
        return duplicates;
    }

    /** Whether a batch ever started below the highest id already stored, without being a resend. */
    public synchronized boolean outOfOrder() {
        return outOfOrder;
    }

    public synchronized List<String> payloads() {
        return List.copyOf(payloads);
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        stop();
    }
}

package vn.motcua.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.ServerJar;

/**
 * Starts the real fat jar, issues tickets, kills the process with SIGKILL (no shutdown hook runs),
 * starts it again on the same data directory: every acknowledged ticket and event is there and
 * numbering continues without reuse. And a SIGTERM under load stops it cleanly: in-flight work is
 * committed or refused, never half-done, and the kiosks' retries find their tickets.
 */
class KillRestartIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void acknowledgedTicketsSurviveSigkill() throws Exception {
        assertThat(ServerJar.JAR).as("fat jar from the package phase (failsafe runs after it)").exists();
        Path data = Files.createTempDirectory("motcua-kill-");
        int port = ServerJar.freePort();
        String url = "http://127.0.0.1:" + port;
        Process first = ServerJar.serveDemo(http, data, port);
        List<String> numbers = new ArrayList<>();
        long lastEvent;
        try {
            String kiosk = json.readTree(data.resolve("demo-credentials.json").toFile()).get("kioskToken").asText();
            for (int i = 0; i < 30; i++) {
                JsonNode t = post(url + "/api/v1/tickets", kiosk, "{\"service\":\"A\"}");
                numbers.add(t.get("number").asText());
            }
            lastEvent = get(url + "/api/v1/queue").get("lastEventId").asLong();
        } finally {
            first.destroyForcibly().waitFor();
        }
        Process second = ServerJar.serveDemo(http, data, port);
        try {
            JsonNode snapshot = get(url + "/api/v1/queue");
            assertThat(snapshot.get("lastEventId").asLong()).isEqualTo(lastEvent);
            assertThat(snapshot.get("services").get(0).get("waiting").asInt()).isEqualTo(30);
            String kiosk = json.readTree(data.resolve("demo-credentials.json").toFile()).get("kioskToken").asText();
            JsonNode next = post(url + "/api/v1/tickets", kiosk, "{\"service\":\"A\"}");
            assertThat(numbers).doesNotContain(next.get("number").asText());
            assertThat(next.get("number").asText()).isEqualTo("A0031");
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    @Test
    void sigtermUnderLoadStopsCleanlyAndLosesNothingAcknowledged() throws Exception {
        Path data = Files.createTempDirectory("motcua-term-");
        int port = ServerJar.freePort();
        String url = "http://127.0.0.1:" + port;
        Process first = ServerJar.serveDemo(http, data, port);
        String kiosk = json.readTree(data.resolve("demo-credentials.json").toFile()).get("kioskToken").asText();
        java.util.Map<String, String> acknowledged = new java.util.concurrent.ConcurrentHashMap<>(); // requestId -> number
        java.util.Set<String> unanswered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> kiosks = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int kioskNo = k;
            Thread t = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String requestId = "k" + kioskNo + "-" + i;
                    try {
                        HttpResponse<String> r = send(url + "/api/v1/tickets", kiosk,
                                "{\"service\":\"B\",\"requestId\":\"" + requestId + "\"}");
                        if (r.statusCode() == 201) {
                            acknowledged.put(requestId, json.readTree(r.body()).get("number").asText());
                        } else {
                            unanswered.add(requestId);
                        }
                    } catch (Exception connectionClosed) {
                        unanswered.add(requestId);
                        return;
                    }
                }
            });
            t.start();
            kiosks.add(t);
        }
        Thread.sleep(1500);
        first.destroy(); // SIGTERM
        assertThat(first.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)).as("stopped within 15 s").isTrue();
        stop.set(true);
        for (Thread t : kiosks) {
            t.join();
        }
        Path firstLog;
        try (var files = Files.list(data)) {
            firstLog = files.filter(p -> p.getFileName().toString().startsWith("server-")).findFirst().orElseThrow();
        }
        String log = Files.readString(firstLog);
        assertThat(log).contains("Queue server stopped").doesNotContain("Exception");
        assertThat(acknowledged).hasSizeGreaterThan(10);

        Process second = ServerJar.serveDemo(http, data, port);
        try {
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (var e : acknowledged.entrySet()) {
                // a kiosk's retry with the same request id gets the stored ticket back (200), not a new one
                HttpResponse<String> again = send(url + "/api/v1/tickets", kiosk,
                        "{\"service\":\"B\",\"requestId\":\"" + e.getKey() + "\"}");
                assertThat(again.statusCode()).as(e.getKey()).isEqualTo(200);
                assertThat(json.readTree(again.body()).get("number").asText()).isEqualTo(e.getValue());
                numbers.add(e.getValue());
            }
            for (String requestId : unanswered) {
                HttpResponse<String> retry = send(url + "/api/v1/tickets", kiosk,
                        "{\"service\":\"B\",\"requestId\":\"" + requestId + "\"}");
                assertThat(retry.statusCode()).isIn(200, 201);
                assertThat(numbers.add(json.readTree(retry.body()).get("number").asText())).as("no number twice").isTrue();
            }
            JsonNode serviceB = null;
            for (JsonNode service : get(url + "/api/v1/queue").get("services")) {
                if (service.get("code").asText().equals("B")) {
                    serviceB = service;
                }
            }
            assertThat(serviceB).isNotNull();
            assertThat(serviceB.get("waiting").asInt()).isEqualTo(numbers.size());
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    private HttpResponse<String> send(String url, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(java.time.Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String url) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode post(String url, String token, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }
}

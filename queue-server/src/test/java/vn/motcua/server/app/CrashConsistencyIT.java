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
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.ServerJar;

/**
 * Crash consistency: in each cycle 6 kiosks and 3 counters work the real fat jar concurrently, the server
 * is killed with SIGKILL at a random moment, started again on the same files, and checked: every ticket the
 * server acknowledged is there with its events, no number is used twice in a service day, no ticket was
 * called twice, every acknowledged call is still a call. CI runs 5 cycles; the long run:
 * {@code ./mvnw -pl queue-client,display-board,queue-server verify -Dit.test=CrashConsistencyIT -Dcrash.cycles=50}
 * (restart times are printed, not asserted: they belong in the benchmark record).
 */
class CrashConsistencyIT {
    private static final String[] SERVICES = {"A", "B", "C", "D", "E", "F", "G"};
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void acknowledgedWorkSurvivesSigkillAtRandomMoments() throws Exception {
        int cycles = Integer.getInteger("crash.cycles", 5);
        Path data = Files.createTempDirectory("motcua-crash-");
        int port = ServerJar.freePort();
        String url = "http://127.0.0.1:" + port;
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        Map<Long, String> issued = new ConcurrentHashMap<>();
        Map<Long, Integer> called = new ConcurrentHashMap<>();
        List<Long> restartMillis = new ArrayList<>();
        Process server = ServerJar.serveDemo(http, data, port);
        JsonNode creds = json.readTree(data.resolve("demo-credentials.json").toFile());
        for (int cycle = 1; cycle <= cycles; cycle++) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> workers = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                int kiosk = k;
                workers.add(worker(() -> {
                    String service = SERVICES[(kiosk + issued.size()) % SERVICES.length];
                    HttpResponse<String> r = post(url + "/api/v1/tickets", creds.get("kioskToken").asText(),
                            "{\"service\":\"" + service + "\"}");
                    if (r.statusCode() == 201) {
                        JsonNode t = json.readTree(r.body());
                        issued.put(t.get("id").asLong(), t.get("number").asText());
                    }
                }, running));
            }
            for (int counter = 1; counter <= 3; counter++) {
                JsonNode officer = creds.get("officers").get(counter - 1);
                String token = login(url, officer);
                int number = counter;
                post(url + "/api/v1/counters/" + number + "/open", token, "");
                workers.add(worker(() -> {
                    HttpResponse<String> r = post(url + "/api/v1/counters/" + number + "/next", token, "");
                    if (r.statusCode() == 409) {
                        // killed mid-service: the ticket is still at the counter; the officer finishes it, as at a desk
                        finishCurrent(url, token, number);
                    } else if (r.statusCode() == 200) {
                        long id = json.readTree(r.body()).get("id").asLong();
                        called.merge(id, 1, Integer::sum);
                        post(url + "/api/v1/tickets/" + id + "/start", token, "");
                        post(url + "/api/v1/tickets/" + id + "/finish", token, "{\"outcome\":\"RECEIVED\"}");
                    }
                }, running));
            }
            Thread.sleep(300 + random.nextInt(1500));
            server.destroyForcibly().waitFor();
            running.set(false);
            for (Thread w : workers) {
                w.join(10_000);
            }
            long before = System.nanoTime();
            server = ServerJar.serveDemo(http, data, port);
            restartMillis.add((System.nanoTime() - before) / 1_000_000);
            check(data, url, issued, called);
        }
        server.destroyForcibly().waitFor();
        System.out.printf("%ncrash consistency: %d cycles, %d tickets and %d calls acknowledged, restart to healthy "
                        + "ms: median %d, max %d%n", cycles, issued.size(), called.size(),
                restartMillis.stream().sorted().toList().get(restartMillis.size() / 2),
                restartMillis.stream().mapToLong(Long::longValue).max().orElse(0));
        assertThat(issued).isNotEmpty();
    }

    private void finishCurrent(String url, String token, int counter) throws Exception {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/counters"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode k : json.readTree(list.body())) {
            if (k.get("number").asInt() == counter && !k.path("currentTicketId").isNull()
                    && !k.path("currentTicketId").isMissingNode()) {
                long id = k.get("currentTicketId").asLong();
                post(url + "/api/v1/tickets/" + id + "/start", token, ""); // 409 when it was already being served
                post(url + "/api/v1/tickets/" + id + "/finish", token, "{\"outcome\":\"RECEIVED\"}");
            }
        }
    }

    private void check(Path data, String url, Map<Long, String> issued, Map<Long, Integer> called) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("queue.db"))) {
            for (Map.Entry<Long, String> t : issued.entrySet()) {
                try (var s = c.prepareStatement("SELECT number FROM ticket WHERE id = ?")) {
                    s.setLong(1, t.getKey());
                    var rs = s.executeQuery();
                    assertThat(rs.next()).as("acknowledged ticket " + t.getValue() + " lost").isTrue();
                    assertThat(rs.getString(1)).isEqualTo(t.getValue());
                }
                try (var s = c.prepareStatement("SELECT COUNT(*) FROM event WHERE type = 'ticket.issued' AND ticket_id = ?")) {
                    s.setLong(1, t.getKey());
                    var rs = s.executeQuery();
                    rs.next();
                    assertThat(rs.getInt(1)).as("issued event of " + t.getValue()).isEqualTo(1);
                }
            }
            try (var rs = c.createStatement().executeQuery("SELECT service_code, service_day, number, COUNT(*) FROM ticket "
                    + "GROUP BY service_code, service_day, number HAVING COUNT(*) > 1")) {
                assertThat(rs.next()).as("a number used twice in a day").isFalse();
            }
            try (var rs = c.createStatement().executeQuery("SELECT ticket_id FROM event WHERE type = 'ticket.called' "
                    + "GROUP BY ticket_id HAVING COUNT(*) > 1")) {
                assertThat(rs.next()).as("a ticket called twice").isFalse();
            }
            for (Map.Entry<Long, Integer> call : called.entrySet()) {
                assertThat(call.getValue()).as("ticket " + call.getKey() + " handed to two counters").isEqualTo(1);
                try (var s = c.prepareStatement("SELECT state FROM ticket WHERE id = ?")) {
                    s.setLong(1, call.getKey());
                    var rs = s.executeQuery();
                    rs.next();
                    assertThat(rs.getString(1)).as("acknowledged call of ticket " + call.getKey()).isNotEqualTo("WAITING");
                }
            }
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/queue")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static Thread worker(Step step, AtomicBoolean running) {
        Thread t = new Thread(() -> {
            while (running.get()) {
                try {
                    step.run();
                } catch (Exception e) {
                    // the server is gone (killed): stop quietly, the checks come after the restart
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private String login(String url, JsonNode officer) throws Exception {
        HttpResponse<String> r = post(url + "/api/v1/auth/login", null, "{\"username\":\"" + officer.get("username").asText()
                + "\",\"password\":\"" + officer.get("password").asText() + "\"}");
        return json.readTree(r.body()).get("token").asText();
    }

    private HttpResponse<String> post(String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.client.Json;
import vn.motcua.server.report.CentreLevel;
import vn.motcua.server.support.ServerJar;

/**
 * The hub as a real process (the fat jar) on a real PostgreSQL, killed with SIGKILL while four simulated centres
 * push batches, 20 times: every acknowledged event is stored, none twice, and the centres' retries of unanswered
 * batches drain everything once the hub is back.
 */
class HubKillIT {
    private static final int CENTRES = 4;
    private static final int CYCLES = 20;
    private static final int BATCH = 50;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A centre's publisher: sends its outbox from the first unacknowledged id, resends what got no answer. */
    private final class Centre implements Runnable {
        final String code;
        final String token;
        volatile String url;
        volatile long acked;
        volatile long generated;
        final AtomicInteger duplicates = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();

        Centre(String code, String token) {
            this.code = code;
            this.token = token;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                long from = acked + 1;
                Events e = new Events(from);
                long at = 1_772_420_400_000L; // 2026-03-02 10:00 +07
                for (long id = from; id < from + BATCH; id++) {
                    e.issued(at + id, id, "A");
                }
                generated = Math.max(generated, from + BATCH - 1);
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/hub/v1/ingest"))
                            .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(e.batch(code)))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        JsonNode ack = Json.mapper().readTree(r.body());
                        assertThat(ack.get("lastId").asLong()).isEqualTo(from + BATCH - 1);
                        acked = ack.get("lastId").asLong();
                        duplicates.addAndGet(ack.get("duplicates").asInt());
                    } else {
                        Thread.sleep(50);
                    }
                } catch (java.io.IOException down) {
                    sleep();
                } catch (InterruptedException e1) {
                    return;
                }
            }
        }

        private void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void acknowledgedEventsSurviveSigkillOfTheHub() throws Exception {
        PgCluster.requireOrSkip();
        assertThat(ServerJar.JAR).as("fat jar from the package phase").exists();
        Path logs = Files.createTempDirectory("motcua-hubkill-");
        try (PgCluster pg = PgCluster.start()) {
            String jdbc = pg.createDatabase("hubkill");
            List<Centre> centres = new ArrayList<>();
            try (HubDatabase db = HubDatabase.open(jdbc, "postgres", null, 1)) {
                HubCentres registry = new HubCentres(db, Clock.systemUTC());
                for (int i = 0; i < CENTRES; i++) {
                    centres.add(new Centre("C" + i, registry.add("C" + i, "Trung tâm " + i, CentreLevel.RURAL)));
                }
            }
            int port = ServerJar.freePort();
            String url = "http://127.0.0.1:" + port;
            centres.forEach(c -> c.url = url);
            List<Thread> threads = new ArrayList<>();
            for (Centre c : centres) {
                Thread t = new Thread(c, "centre-" + c.code);
                t.start();
                threads.add(t);
            }
            Random random = new Random(20);
            long ackedBeforeKill = 0;
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                Process hub = hub(jdbc, port, logs);
                Thread.sleep(300 + random.nextInt(1200));
                hub.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, commits in flight cut off
                long acked = centres.stream().mapToLong(c -> c.acked).sum();
                assertThat(acked).as("progress in cycle " + cycle).isGreaterThanOrEqualTo(ackedBeforeKill);
                ackedBeforeKill = acked;
                // what was acknowledged before the kill is in the store, whatever the kill cut off
                for (Centre c : centres) {
                    long ackedNow = c.acked;
                    assertThat(count(jdbc, "SELECT COUNT(*) FROM queue_event q JOIN centre k ON k.id = q.centre_id WHERE k.code = '"
                            + c.code + "' AND q.id <= " + ackedNow)).as(c.code + " after kill " + cycle).isEqualTo(ackedNow);
                }
            }
            Process last = hub(jdbc, port, logs);
            Thread.sleep(2000);
            centres.forEach(c -> c.stop.set(true));
            for (Thread t : threads) {
                t.join(20_000);
            }
            last.destroyForcibly().waitFor();
            long total = 0;
            for (Centre c : centres) {
                long rows = count(jdbc, "SELECT COUNT(*) FROM queue_event q JOIN centre k ON k.id = q.centre_id WHERE k.code = '" + c.code + "'");
                long distinctEvents = count(jdbc, "SELECT COUNT(DISTINCT event_id) FROM queue_event q JOIN centre k ON k.id = q.centre_id "
                        + "WHERE k.code = '" + c.code + "'");
                // 0 lost: ids 1..acked all there; 0 twice: one row per event; nothing beyond what was generated
                assertThat(count(jdbc, "SELECT COUNT(*) FROM queue_event q JOIN centre k ON k.id = q.centre_id WHERE k.code = '"
                        + c.code + "' AND q.id <= " + c.acked)).isEqualTo(c.acked);
                assertThat(distinctEvents).isEqualTo(rows);
                assertThat(rows).isBetween(c.acked, c.generated);
                total += c.acked;
            }
            System.out.printf("hub SIGKILL: %d cycles, %d centres, %d events acknowledged, 0 lost, 0 stored twice, "
                    + "%d resent events answered as duplicates%n", CYCLES, CENTRES, total,
                    centres.stream().mapToInt(c -> c.duplicates.get()).sum());
            assertThat(total).isGreaterThan(CYCLES * BATCH);
        }
    }

    private static long count(String jdbc, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Process hub(String jdbc, int port, Path logs) throws Exception {
        return ServerJar.start(http, port, new File(logs.toFile(), "hub-" + System.nanoTime() + ".log"), "hub", "--host",
                "127.0.0.1", "--port", String.valueOf(port), "--db", jdbc, "--db-user", "postgres", "--pool", "8");
    }
}

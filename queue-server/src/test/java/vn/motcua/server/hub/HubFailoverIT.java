package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.motcua.client.Json;
import vn.motcua.server.report.CentreLevel;

/**
 * PostgreSQL failover under ingest: a primary and a synchronous streaming standby (two local clusters), the
 * hub given both hosts with {@code targetServerType=primary}. The primary is killed with SIGKILL while three
 * centres push batches, the standby is promoted, the hub reconnects by itself and the centres' feeds resume:
 * every event acknowledged before or after is on the promoted server, none twice.
 */
class HubFailoverIT {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void acknowledgedEventsSurviveThePrimarysDeath() throws Exception {
        PgCluster.requireOrSkip();
        try (PgCluster primary = PgCluster.start("synchronous_commit=on")) {
            primary.createDatabase("failover");
            try (PgCluster standby = PgCluster.standbyOf(primary, "standby1")) {
                primary.admin("ALTER SYSTEM SET synchronous_standby_names = 'standby1'");
                primary.admin("SELECT pg_reload_conf()");
                waitForSyncStandby(primary);
                String url = "jdbc:postgresql://127.0.0.1:" + primary.port() + ",127.0.0.1:" + standby.port()
                        + "/failover?targetServerType=primary&hostRecheckSeconds=1";
                HubApp hub = new HubApp(HubDatabase.open(url, "postgres", null, 8), Clock.systemUTC(), 300);
                hub.start("127.0.0.1", 0, 3600);
                String base = "http://127.0.0.1:" + hub.port();
                List<String> codes = List.of("F1", "F2", "F3");
                List<AtomicLong> acked = new ArrayList<>();
                List<String> tokens = new ArrayList<>();
                for (String code : codes) {
                    tokens.add(hub.centres().add(code, "Trung tâm " + code, CentreLevel.RURAL));
                    acked.add(new AtomicLong());
                }
                AtomicBoolean stop = new AtomicBoolean();
                AtomicLong refused = new AtomicLong();
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    int c = i;
                    Thread t = new Thread(() -> publish(base, codes.get(c), tokens.get(c), acked.get(c), stop, refused));
                    t.start();
                    threads.add(t);
                }
                Thread.sleep(3000);
                long before = acked.stream().mapToLong(AtomicLong::get).sum();
                primary.kill();
                Thread.sleep(1500);
                long whileDown = acked.stream().mapToLong(AtomicLong::get).sum();
                standby.promote();
                long until = System.currentTimeMillis() + 60_000;
                while (acked.stream().mapToLong(AtomicLong::get).sum() < whileDown + 300 && System.currentTimeMillis() < until) {
                    Thread.sleep(200);
                }
                stop.set(true);
                for (Thread t : threads) {
                    t.join(20_000);
                }
                hub.close();
                long after = acked.stream().mapToLong(AtomicLong::get).sum();
                assertThat(before).as("acknowledged before the kill").isPositive();
                assertThat(after).as("feeds resumed after the promotion").isGreaterThan(whileDown + 299);
                for (int i = 0; i < codes.size(); i++) {
                    long a = acked.get(i).get();
                    assertThat(count(standby, "SELECT COUNT(*) FROM queue_event q JOIN centre k ON k.id = q.centre_id WHERE k.code = '"
                            + codes.get(i) + "' AND q.id <= " + a)).as(codes.get(i) + ": 0 acknowledged lost").isEqualTo(a);
                    assertThat(count(standby, "SELECT COUNT(*) - COUNT(DISTINCT event_id) FROM queue_event q JOIN centre k "
                            + "ON k.id = q.centre_id WHERE k.code = '" + codes.get(i) + "'")).as("0 stored twice").isZero();
                }
                System.out.printf("hub failover: %d events acknowledged before the primary's SIGKILL, %d more in flight as it died, "
                        + "%d in all after promotion; %d refused batches resent; 0 acknowledged lost, 0 stored twice%n",
                        before, whileDown - before, after, refused.get());
            }
        }
    }

    private void publish(String base, String code, String token, AtomicLong acked, AtomicBoolean stop, AtomicLong refused) {
        while (!stop.get()) {
            long from = acked.get() + 1;
            Events e = new Events(from);
            for (long id = from; id < from + 20; id++) {
                e.issued(1_772_420_400_000L + id, id, "A");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/hub/v1/ingest"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(e.batch(code))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    acked.set(Json.mapper().readTree(r.body()).get("lastId").asLong());
                } else {
                    refused.incrementAndGet();
                    Thread.sleep(100);
                }
            } catch (Exception x) {
                refused.incrementAndGet();
            }
        }
    }

    private static void waitForSyncStandby(PgCluster primary) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            try (Connection c = DriverManager.getConnection(primary.url("postgres"), "postgres", null);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_replication WHERE sync_state = 'sync'")) {
                rs.next();
                if (rs.getInt(1) == 1) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the standby did not become synchronous");
    }

    private static long count(PgCluster pg, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.url("failover"), "postgres", null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

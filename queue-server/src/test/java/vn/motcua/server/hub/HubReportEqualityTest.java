package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.server.demo.HistorySeeder;
import vn.motcua.server.report.CentreLevel;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;

/**
 * One definition of the figures: a real centre (SQLite, real HTTP) gets a simulated week of history and a
 * morning of tickets issued, called, served, transferred, rated and missed through its API; its event and
 * rating rows go to the hub as the upstream contract, and the hub's report for that centre must equal the
 * centre's own {@code /api/v1/reports/summary} for the same period (the week's days packed by the hub's folder,
 * today replayed).
 */
class HubReportEqualityTest {
    /** Monday 2026-03-09 08:00 in Asia/Ho_Chi_Minh. */
    private static final Instant START = Instant.parse("2026-03-09T01:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(START);
    private static PgCluster pg;
    private static TestHub hub;
    private static TestCentre centre;
    private static String manager;
    private static String province;

    @BeforeAll
    static void start() throws Exception {
        PgCluster.requireOrSkip();
        pg = PgCluster.start();
        centre = new TestCentre(CLOCK);
        int seeded = new HistorySeeder().seed(centre.app.components(), LocalDate.parse("2026-03-09"), 1, 20);
        assertThat(seeded).isGreaterThan(500);
        manager = centre.managerToken();
        morning();
        hub = new TestHub(pg, "equality", CLOCK);
        String token = hub.app.centres().add("BD", "UBND phường Ba Đình", CentreLevel.PROVINCE);
        List<UpstreamEvent> feed = CentreFeed.read(centre.dataDir);
        for (int i = 0; i < feed.size(); i += 500) {
            TestHub.Response r = hub.call("POST", "/hub/v1/ingest", token,
                    Events.json(new UpstreamBatch("BD", feed.subList(i, Math.min(feed.size(), i + 500)))));
            assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
            assertThat(r.body().get("stored").asInt()).isEqualTo(Math.min(feed.size(), i + 500) - i);
        }
        // the finished days are packed, as the hub's folder does every minute: the report unpacks them
        try (HubDatabase db = HubDatabase.open(hub.jdbc, "postgres", null, 1)) {
            DayFolder folder = new DayFolder(db, CLOCK);
            while (folder.foldSome(100) > 0) {
                // until every finished day is folded
            }
        }
        // the seeder leaves a few visitors mid-service at closing with no expiry event (a real centre's rollover
        // writes one): such a day may still change, and neither the centre nor the hub packs it
        assertThat(hub.count("SELECT COUNT(*) FROM centre_day WHERE facts IS NOT NULL AND visits > 0")).isPositive();
        province = hub.province();
    }

    /** Today's visitors through the centre's own API: served and rated, transferred, missed, cancelled, still waiting. */
    private static void morning() {
        String officer = centre.officerAt(2);
        issued("A", "NORMAL");
        CLOCK.advance(Duration.ofMinutes(3));
        issued("A", "ELDERLY");
        issued("B", "NORMAL");
        CLOCK.advance(Duration.ofMinutes(9));
        JsonNode first = next(officer);
        CLOCK.advance(Duration.ofMinutes(1));
        ok("POST", "/api/v1/tickets/" + first.get("id").asLong() + "/start", officer, null);
        CLOCK.advance(Duration.ofMinutes(14));
        ok("POST", "/api/v1/tickets/" + first.get("id").asLong() + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");
        ok("POST", "/api/v1/ratings", centre.ratingToken(2), "{\"counter\":2,\"ticketId\":" + first.get("id").asLong()
                + ",\"score\":\"VERY_SATISFIED\",\"reasons\":[\"FAST_SERVICE\"]}");
        JsonNode second = next(officer);
        ok("POST", "/api/v1/tickets/" + second.get("id").asLong() + "/start", officer, null);
        CLOCK.advance(Duration.ofMinutes(6));
        String other = "B".equals(second.get("service").asText()) ? "A" : "B";
        ok("POST", "/api/v1/tickets/" + second.get("id").asLong() + "/transfer", officer, "{\"service\":\"" + other + "\"}");
        issued(first.get("service").asText(), "DISABLED");
        CLOCK.advance(Duration.ofMinutes(2));
        JsonNode third = next(officer);
        ok("POST", "/api/v1/tickets/" + third.get("id").asLong() + "/recall", officer, null);
        ok("POST", "/api/v1/tickets/" + third.get("id").asLong() + "/no-show", officer, null);
        long c1 = issued("C", "NORMAL");
        ok("POST", "/api/v1/tickets/" + c1 + "/cancel", centre.kioskToken(), null);
        issued("A", "PREGNANT");
        CLOCK.advance(Duration.ofMinutes(20));
    }

    private static JsonNode next(String officer) {
        TestCentre.Response r = centre.call("POST", "/api/v1/counters/2/next", officer, null);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        JsonNode ticket = r.body().has("ticket") ? r.body().get("ticket") : r.body();
        assertThat(ticket.has("id")).as(String.valueOf(r.body())).isTrue();
        return ticket;
    }

    private static long issued(String service, String category) {
        TestCentre.Response r = centre.issue(service, category);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private static void ok(String method, String path, String token, String body) {
        TestCentre.Response r = centre.call(method, path, token, body);
        assertThat(r.status()).as(method + " " + path + " → " + r.body()).isBetween(200, 204);
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
        }
        if (centre != null) {
            centre.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-03-02,2026-03-08", "2026-03-09,2026-03-09", "2026-03-02,2026-03-09", "2026-03-04,2026-03-04"})
    void theHubsFiguresForACentreAreTheCentresOwn(String from, String to) {
        TestCentre.Response own = centre.call("GET", "/api/v1/reports/summary?from=" + from + "&to=" + to, manager, null);
        assertThat(own.status()).isEqualTo(200);
        TestHub.Response atHub = hub.call("GET", "/hub/v1/report?from=" + from + "&to=" + to + "&centre=BD", province, null);
        assertThat(atHub.status()).isEqualTo(200);
        assertThat(own.body().get("visits").asInt()).isPositive();
        SameFigures.assertSame(own.body(), atHub.body());
    }
}

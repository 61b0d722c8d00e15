package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.report.CentreLevel;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.TestCentre;
import vn.motcua.server.ticket.IssueLimits;

/**
 * The whole feed, real on both ends: a centre (SQLite, real HTTP, its own outbox and publisher) pushes to a hub
 * (real HTTP, PostgreSQL). The hub goes down for an hour of centre time (a settable clock: the test takes
 * seconds) while the centre issues, calls, serves, rates and finishes tickets and receives and resolves
 * dossiers; the hub comes back on the same port and database, the publisher drains, and the hub must then hold
 * every outbox row exactly once and show the centre's own figures.
 */
class HubOutageDrainTest {
    /** Monday 2026-03-09 08:00 in Asia/Ho_Chi_Minh. */
    private static final Instant START = Instant.parse("2026-03-09T01:00:00Z");
    private static final String DAY = "2026-03-09";
    private static final List<String> KINDS = List.of("QUEUE", "RATING", "DOSSIER");
    private final MutableClock clock = new MutableClock(START);
    private PgCluster pg;
    private TestHub hub;
    private TestCentre centre;
    private String manager;
    private int dossiers;

    @BeforeEach
    void start() throws Exception {
        PgCluster.requireOrSkip();
        pg = PgCluster.start();
        hub = new TestHub(pg, "outage", clock);
        String token = hub.app.centres().add("BD", "UBND phường Ba Đình", CentreLevel.PROVINCE);
        centre = new TestCentre(clock);
        // a morning's kiosk traffic in a few seconds is a flood to the issue limiter, which is not under test here
        centre.app.components().issueLimiter().limits(IssueLimits.OFF);
        manager = centre.managerToken();
        // retries at most 0.4 s apart (real time) instead of 2 min: the drain starts as soon as the hub is back
        centre.app.upstream().timing(500, Duration.ofMillis(50), Duration.ofMillis(2000), Duration.ofMillis(50),
                Duration.ofMillis(400));
        centre.app.upstream().useCommandLine(hub.url, "BD", token);
    }

    @AfterEach
    void stop() {
        if (centre != null) {
            centre.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void anHourWithoutTheHubDrainsWithNothingLostOrStoredTwiceAndTheHubShowsTheCentresFigures() throws Exception {
        awaitDrained();
        long before = backlogRows();
        assertThat(before).isZero();
        assertThat(hub.count("SELECT COUNT(*) FROM service_fact")).as("the catalogue reached the hub before the outage").isPositive();

        // the publisher prunes acknowledged rows older than a week, so what went up before the outage is noted now
        Map<String, List<Long>> sentBefore = new HashMap<>();
        for (String kind : KINDS) {
            sentBefore.put(kind, outboxIds(kind));
        }
        int waitingBefore = centre.call("GET", "/api/v1/reports/live", manager, null).body().get("waiting").asInt();
        hub.close();
        Instant down = clock.instant();
        Outage work = anHourOfWork();
        assertThat(Duration.between(down, clock.instant())).isGreaterThanOrEqualTo(Duration.ofHours(1));
        await("the outage to be recorded", () -> centre.app.upstream().status().lastError() != null);
        JsonNode status = centre.call("GET", "/api/v1/upstream", manager, null).body();
        assertThat(status.get("stale").asBoolean()).as(status.toString()).isTrue();
        assertThat(status.get("backlog").asLong()).isEqualTo(backlogRows()).isGreaterThan(100);
        assertThat(status.get("lastError").asText()).startsWith("hub unreachable");

        hub = hub.restarted(pg, clock);
        awaitDrained();
        assertThat(centre.app.upstream().status().stale()).isFalse();

        // every outbox row of each kind is at the hub once, none missing, none extra
        for (String kind : KINDS) {
            TreeSet<Long> written = new TreeSet<>(sentBefore.get(kind));
            written.addAll(outboxIds(kind));
            assertThat(hubIds(kind)).as(kind).isNotEmpty().containsExactlyElementsOf(written);
        }
        assertThat(hubIds("QUEUE")).hasSize(centre.app.components().db().read(c ->
                (int) Sql.count(c, "SELECT COUNT(*) FROM event")));
        assertThat(hub.count("SELECT last_id FROM centre WHERE code = 'BD'")).isEqualTo(centre.app.components().db()
                .read(c -> Sql.count(c, "SELECT MAX(id) FROM outbox")));

        String province = hub.province();
        // the hub's figures for the centre are the centre's own: the outage day, and a week that ends with it
        for (String[] period : List.of(new String[] {DAY, DAY}, new String[] {"2026-03-03", DAY})) {
            String q = "?from=" + period[0] + "&to=" + period[1];
            TestCentre.Response own = centre.call("GET", "/api/v1/reports/summary" + q, manager, null);
            TestHub.Response atHub = hub.call("GET", "/hub/v1/report" + q + "&centre=BD", province, null);
            assertThat(own.status()).isEqualTo(200);
            assertThat(atHub.status()).as(String.valueOf(atHub.body())).isEqualTo(200);
            SameFigures.assertSame(own.body(), atHub.body());
        }
        JsonNode today = centre.call("GET", "/api/v1/reports/summary?from=" + DAY + "&to=" + DAY, manager, null).body();
        assertThat(today.get("received").asInt()).as("the outage's visits are in the figures").isEqualTo(work.finished);

        // the dossiers: their statuses arrived in order, and the province table counts them as the centre does
        assertThat(hubStatuses(work.ready)).containsExactly("RECEIVED", "IN_PROCESSING", "READY");
        assertThat(hubStatuses(work.returned)).containsExactly("RECEIVED", "IN_PROCESSING", "READY", "RETURNED");
        assertThat(hubStatuses(work.open)).containsExactly("RECEIVED");
        JsonNode onTime = indicator("ON_TIME", "?from=" + DAY + "&to=" + DAY);
        JsonNode row = hub.call("GET", "/hub/v1/province?from=" + DAY + "&to=" + DAY, province, null).body().get("centres").get(0);
        assertThat(row.get("code").asText()).isEqualTo("BD");
        assertThat(row.get("dossiersFinished").asLong()).isEqualTo(onTime.get("denominator").asLong()).isEqualTo(2);
        assertThat(row.get("dossiersOnTime").asLong()).isEqualTo(onTime.get("numerator").asLong()).isEqualTo(2);
        assertThat(row.get("visits").asInt()).isEqualTo(today.get("visits").asInt());
        assertThat(row.get("received").asInt()).isEqualTo(today.get("received").asInt());

        // and the live state: what is waiting at the centre now is what the province sees waiting
        JsonNode live = centre.call("GET", "/api/v1/reports/live", manager, null).body();
        JsonNode atHub = hub.call("GET", "/hub/v1/centres", province, null).body().get(0);
        assertThat(live.get("waiting").asInt()).as("waiting at the centre").isEqualTo(waitingBefore + work.leftWaiting);
        assertThat(atHub.get("waitingNow").asInt()).as("waiting as the hub sees it").isEqualTo(live.get("waiting").asInt());
        assertThat(atHub.get("stale").asBoolean()).isFalse();

        // the third dossier (1 working day) is resolved on its due day, hours after the clock time it was received
        // at: on time by the due day, as the centre counts it, and so at the hub
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-03-10T08:00:00Z"))); // Tuesday 15:00
        manager = centre.managerToken(); // yesterday's sessions have ended
        province = hub.province();
        status(work.open, "READY");
        awaitDrained();
        String days = "?from=" + DAY + "&to=2026-03-10";
        JsonNode onTime2 = indicator("ON_TIME", days);
        assertThat(onTime2.get("numerator").asLong()).isEqualTo(3);
        JsonNode row2 = hub.call("GET", "/hub/v1/province" + days, province, null).body().get("centres").get(0);
        assertThat(row2.get("dossiersFinished").asLong()).isEqualTo(onTime2.get("denominator").asLong());
        assertThat(row2.get("dossiersOnTime").asLong()).as("resolved on the due day").isEqualTo(onTime2.get("numerator").asLong());
    }

    /** What the centre did while the hub was down. */
    private record Outage(int finished, int leftWaiting, String ready, String returned, String open) {
    }

    /**
     * Twelve five-minute steps: each issues three tickets and serves two at counters 1 and 2 (called, started,
     * finished, rated), a no-show and a cancellation along the way; three dossiers are received at the kiosk, two
     * of them resolved within the hour, one of those also handed back.
     */
    private Outage anHourOfWork() {
        String[] officers = {centre.officerAt(1), centre.officerAt(2)};
        String ready = dossier("Nguyễn Văn An");
        String returned = dossier("Phạm Thị Bình");
        String open = dossier("Lê Hoàng Cường");
        status(ready, "IN_PROCESSING");
        status(returned, "IN_PROCESSING");
        int finished = 0;
        int issued = 3; // each dossier filed at the kiosk takes a verification ticket at its procedure's service
        int gone = 0;
        for (int step = 0; step < 12; step++) {
            for (String service : List.of("A", "B", "A")) {
                TestCentre.Response r = centre.issue(service, step % 4 == 0 ? "ELDERLY" : "NORMAL");
                assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(201);
                issued++;
            }
            clock.advance(Duration.ofMinutes(2));
            for (int counter = 1; counter <= 2; counter++) {
                long id = next(counter, officers[counter - 1]);
                if (step == 5 && counter == 1) {
                    ok("POST", "/api/v1/tickets/" + id + "/recall", officers[0], null);
                    ok("POST", "/api/v1/tickets/" + id + "/no-show", officers[0], null);
                    gone++;
                    continue;
                }
                ok("POST", "/api/v1/tickets/" + id + "/start", officers[counter - 1], null);
                clock.advance(Duration.ofMinutes(1));
                ok("POST", "/api/v1/tickets/" + id + "/finish", officers[counter - 1], "{\"outcome\":\"RECEIVED\"}");
                ok("POST", "/api/v1/ratings", centre.ratingToken(counter), "{\"counter\":" + counter + ",\"ticketId\":" + id
                        + ",\"score\":\"" + (step % 3 == 0 ? "SATISFIED" : "VERY_SATISFIED") + "\",\"reasons\":[]}");
                finished++;
            }
            if (step == 8) {
                long c = centre.issue("C", "NORMAL").body().get("id").asLong();
                ok("POST", "/api/v1/tickets/" + c + "/cancel", centre.kioskToken(), null);
                issued++;
                gone++;
            }
            clock.advance(Duration.ofMinutes(1));
        }
        status(ready, "READY");
        status(returned, "READY");
        status(returned, "RETURNED");
        clock.advance(Duration.ofMinutes(2));
        return new Outage(finished, issued - finished - gone, ready, returned, open);
    }

    private String dossier(String name) {
        TestCentre.Response read = centre.call("POST", "/api/v1/identity-reads", centre.kioskToken(), "{\"source\":\"qr\","
                + "\"number\":\"001203004567\",\"name\":\"" + name + "\",\"dateOfBirth\":\"1990-01-01\",\"sex\":\"Nam\","
                + "\"address\":\"1 phố Hàng Bài, Hoàn Kiếm\"}");
        assertThat(read.status()).as(String.valueOf(read.body())).isEqualTo(201);
        TestCentre.Response filed = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(), "{\"requestId\":\"outage-" + (++dossiers)
                + "\",\"procedure\":\"1.001193\",\"declaration\":{\"number\":\"001203004567\",\"name\":\"" + name
                + "\",\"address\":\"1 phố Hàng Bài\",\"childName\":\"Bé " + name + "\",\"childBirthDate\":\"2026-02-20\","
                + "\"relationship\":\"Cha\"},\"documents\":[{\"position\":0,\"action\":\"DECLARATION\"},"
                + "{\"position\":1,\"action\":\"PAPER\"}],\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"},"
                + "\"identityToken\":\"" + read.body().get("identityToken").asText() + "\"}");
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        return filed.body().get("code").asText();
    }

    private void status(String code, String status) {
        ok("POST", "/api/v1/dossiers/" + code + "/status", manager, "{\"status\":\"" + status + "\"}");
    }

    private long next(int counter, String officer) {
        TestCentre.Response r = centre.call("POST", "/api/v1/counters/" + counter + "/next", officer, null);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        JsonNode ticket = r.body().has("ticket") ? r.body().get("ticket") : r.body();
        return ticket.get("id").asLong();
    }

    private void ok(String method, String path, String token, String body) {
        TestCentre.Response r = centre.call(method, path, token, body);
        assertThat(r.status()).as(method + " " + path + " → " + r.body()).isBetween(200, 204);
    }

    private JsonNode indicator(String code, String period) {
        JsonNode r = centre.call("GET", "/api/v1/reports/indicators" + period, manager, null).body();
        for (JsonNode i : r.get("indicators")) {
            if (code.equals(i.get("code").asText())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code + " in " + r);
    }

    private long backlogRows() {
        return centre.app.upstream().status().backlog();
    }

    private List<Long> outboxIds(String kind) {
        return centre.app.components().db().read(c -> Sql.list(c, "SELECT id FROM outbox WHERE kind = ? ORDER BY id",
                rs -> rs.getLong(1), kind));
    }

    private List<Long> hubIds(String kind) throws Exception {
        String table = switch (kind) {
            case "QUEUE" -> "queue_event";
            case "RATING" -> "rating_fact";
            default -> "dossier_fact";
        };
        List<Long> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(hub.jdbc, pg.user(), null);
             PreparedStatement s = c.prepareStatement("SELECT t.id FROM " + table + " t JOIN centre ON centre.id = t.centre_id "
                     + "WHERE centre.code = 'BD' ORDER BY t.id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private List<String> hubStatuses(String code) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(hub.jdbc, pg.user(), null);
             PreparedStatement s = c.prepareStatement("SELECT status FROM dossier_fact WHERE code = ? ORDER BY id")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private void awaitDrained() throws InterruptedException {
        await("the backlog to drain", () -> backlogRows() == 0);
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}

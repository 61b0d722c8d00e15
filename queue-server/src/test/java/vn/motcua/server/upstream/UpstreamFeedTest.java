package vn.motcua.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.client.upstream.UpstreamKind;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre.Response;

/** The centre's feed to a fake province hub over real HTTP: order, acknowledgement, retries, outages, privacy. */
class UpstreamFeedTest extends CentreOnTestClock {
    private static final String TOKEN = "hub-token-C01";
    private FakeHub hub;
    private String manager;

    @BeforeEach
    void start() throws Exception {
        manager = centre.managerToken();
        hub = new FakeHub("C01", TOKEN, true);
        centre.app.upstream().timing(7, Duration.ofMillis(50), Duration.ofMillis(1000), Duration.ofMillis(50),
                Duration.ofMillis(400));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private void connect() {
        centre.app.upstream().useCommandLine(hub.url(), "C01", TOKEN);
    }

    private List<Long> outboxIds() {
        return centre.app.components().db().read(c -> Sql.list(c, "SELECT id FROM outbox ORDER BY id", rs -> rs.getLong(1)));
    }

    private JsonNode status() {
        Response r = centre.call("GET", "/api/v1/upstream", manager, null);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private void awaitDrained() throws InterruptedException {
        await("the backlog to drain", () -> centre.app.upstream().status().backlog() == 0);
    }

    private long issue(String service) {
        Response r = centre.issue(service, "NORMAL");
        assertThat(r.status()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    /** Issue a ticket, then call, serve, finish and rate the next one at counter 2. */
    private void serveAndRate(String officer) {
        issue("A");
        clock.advance(Duration.ofMinutes(3));
        Response called = centre.call("POST", "/api/v1/counters/2/next", officer, null);
        assertThat(called.status()).isEqualTo(200);
        long id = called.body().get("id").asLong();
        assertThat(centre.call("POST", "/api/v1/tickets/" + id + "/start", officer, null).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(5));
        assertThat(centre.call("POST", "/api/v1/tickets/" + id + "/finish", officer, "{\"outcome\":\"RECEIVED\"}").status())
                .isEqualTo(200);
        assertThat(centre.call("POST", "/api/v1/ratings", centre.ratingToken(2),
                "{\"counter\":2,\"ticketId\":" + id + ",\"score\":\"VERY_SATISFIED\",\"reasons\":[\"FAST_SERVICE\"]}").status())
                .isEqualTo(201);
    }

    @Test
    void everyRowReachesTheHubInOrderAndIsMarkedSentOnlyAfterItsAck() throws Exception {
        JsonNode before = status();
        assertThat(before.get("configured").asBoolean()).isFalse();
        assertThat(before.get("backlog").asLong()).as("the demo catalogue's services wait in the outbox").isPositive();
        Thread.sleep(300); // unconfigured: nothing leaves
        assertThat(hub.requests()).isZero();

        String officer = centre.officerAt(2);
        for (int i = 0; i < 4; i++) {
            serveAndRate(officer);
        }
        connect();
        awaitDrained();

        List<UpstreamEvent> stored = hub.stored();
        assertThat(stored).extracting(UpstreamEvent::id).containsExactlyElementsOf(outboxIds());
        assertThat(hub.outOfOrder()).isFalse();
        assertThat(hub.duplicates()).isZero();
        assertThat(stored).extracting(UpstreamEvent::kind).contains(UpstreamKind.SERVICE, UpstreamKind.QUEUE, UpstreamKind.RATING);
        // the QUEUE facts are the event table, row for row
        List<Long> eventIds = centre.app.components().db().read(c -> Sql.list(c, "SELECT id FROM event ORDER BY id",
                rs -> rs.getLong(1)));
        assertThat(stored.stream().filter(e -> e.kind() == UpstreamKind.QUEUE).map(e -> e.queue().eventId()))
                .containsExactlyElementsOf(eventIds);
        assertThat(stored.stream().filter(e -> e.kind() == UpstreamKind.RATING).map(e -> e.rating().score()))
                .containsOnly("VERY_SATISFIED").hasSize(4);
        UpstreamEvent finished = stored.stream().filter(e -> e.queue() != null && "ticket.finished".equals(e.queue().type()))
                .findFirst().orElseThrow();
        assertThat(finished.queue().detail()).isEqualTo("RECEIVED");
        assertThat(finished.serviceDay()).isEqualTo("2026-03-02");

        JsonNode after = status();
        assertThat(after.get("configured").asBoolean()).isTrue();
        assertThat(after.get("url").asText()).isEqualTo(hub.url());
        assertThat(after.get("backlog").asLong()).isZero();
        assertThat(after.get("lastSuccessAt").asText()).startsWith("2026-03-02T").endsWith("+07:00");
        assertThat(after.get("lastError").isNull()).isTrue();

        // new work goes up too, and only the new rows
        int requests = hub.requests();
        serveAndRate(officer);
        awaitDrained();
        assertThat(hub.stored()).extracting(UpstreamEvent::id).containsExactlyElementsOf(outboxIds());
        assertThat(hub.requests()).isGreaterThan(requests);
        assertThat(hub.duplicates()).isZero();
    }

    @Test
    void errorAnswersAndTimeoutsAreRetriedWithoutLossOrSkipping() throws Exception {
        hub.failNext(3, 500);
        connect();
        String officer = centre.officerAt(2);
        serveAndRate(officer);
        awaitDrained();
        assertThat(hub.stored()).extracting(UpstreamEvent::id).containsExactlyElementsOf(outboxIds());
        assertThat(status().get("lastError").asText()).isEqualTo("hub answered 500: injected failure");

        // answers slower than the request timeout: the hub stores, the centre hears nothing and sends again
        hub.delay(1_500);
        serveAndRate(officer);
        await("a timeout to be recorded", () -> String.valueOf(centre.app.upstream().status().lastError())
                .startsWith("hub did not answer within 1000 ms"));
        assertThat(centre.app.upstream().status().backlog()).isPositive();
        hub.delay(0);
        awaitDrained();
        assertThat(hub.stored()).extracting(UpstreamEvent::id).containsExactlyElementsOf(outboxIds());
        assertThat(hub.outOfOrder()).isFalse();
    }

    @Test
    void aLostAcknowledgementResendsTheBatchAndTheHubStoresItOnce() throws Exception {
        hub.dropAckNext(3);
        connect();
        String officer = centre.officerAt(2);
        serveAndRate(officer);
        serveAndRate(officer);
        awaitDrained();
        assertThat(hub.duplicates()).as("the batches whose ack was lost came again").isPositive();
        assertThat(hub.stored()).extracting(UpstreamEvent::id).containsExactlyElementsOf(outboxIds());
        assertThat(status().get("lastError").asText()).startsWith("hub unreachable");
    }

    @Test
    void aHubBehindASmallerBodyLimitGetsSmallerBatches() throws Exception {
        hub.maxEvents(3);
        connect();
        serveAndRate(centre.officerAt(2));
        awaitDrained();
        assertThat(hub.stored()).extracting(UpstreamEvent::id).containsExactlyElementsOf(outboxIds());
        assertThat(status().get("lastError").asText()).isEqualTo("hub answered 413: batch larger than 3 events");
        assertThat(hub.duplicates()).isZero();
    }

    @Test
    void aRefusedTokenKeepsTheRowsAndSaysWhy() throws Exception {
        centre.app.upstream().useCommandLine(hub.url(), "C01", "wrong-token");
        issue("A");
        await("the refusal to be recorded", () -> centre.app.upstream().status().lastError() != null);
        JsonNode s = status();
        assertThat(s.get("lastError").asText()).isEqualTo("hub answered 401: bad token");
        assertThat(s.get("backlog").asLong()).isEqualTo(outboxIds().size());
        assertThat(hub.storedCount()).isZero();

        centre.app.upstream().useCommandLine(hub.url(), "C02", TOKEN);
        await("the centre refusal", () -> String.valueOf(centre.app.upstream().status().lastError()).contains("403"));
        assertThat(hub.storedCount()).isZero();

        connect();
        awaitDrained();
        assertThat(hub.stored()).extracting(UpstreamEvent::id).containsExactlyElementsOf(outboxIds());
    }

    @Test
    void aCentreCutOffFromTheHubKeepsIssuingAndDrainsItsBacklogWhenTheLinkReturns() throws Exception {
        // one kiosk issuing 120 tickets in a moment is a flood to the issue limiter, which is not under test here
        centre.app.components().issueLimiter().limits(vn.motcua.server.ticket.IssueLimits.OFF);
        connect();
        awaitDrained();
        hub.stop();
        int issued = 0;
        for (int i = 0; i < 120; i++) {
            issue(i % 2 == 0 ? "A" : "B");
            issued++;
        }
        assertThat(issued).isEqualTo(120);
        await("the outage to be noticed", () -> centre.app.upstream().status().lastError() != null);
        assertThat(centre.app.upstream().status().backlog()).isGreaterThanOrEqualTo(120);

        // the manager sees the hub falling behind once rows have waited more than five minutes
        JsonNode alerts = centre.call("GET", "/api/v1/reports/live", manager, null).body().get("alerts");
        assertThat(alerts).noneMatch(a -> "upstream".equals(a.get("kind").asText()));
        clock.advance(Duration.ofMinutes(6));
        alerts = centre.call("GET", "/api/v1/reports/live", manager, null).body().get("alerts");
        JsonNode stale = null;
        for (JsonNode a : alerts) {
            if ("upstream".equals(a.get("kind").asText())) {
                stale = a;
            }
        }
        assertThat(stale).as(String.valueOf(alerts)).isNotNull();
        assertThat(stale.get("messageVi").asText()).startsWith("Chưa gửi được dữ liệu lên hệ thống tỉnh từ 08:")
                .contains("bản ghi chờ gửi").contains("hub unreachable");
        assertThat(stale.get("messageEn").asText()).startsWith("The province hub has not received this centre's data since");
        assertThat(status().get("stale").asBoolean()).isTrue();

        hub.start();
        awaitDrained();
        assertThat(hub.stored()).extracting(UpstreamEvent::id).containsExactlyElementsOf(outboxIds());
        assertThat(hub.stored().stream().filter(e -> e.queue() != null && "ticket.issued".equals(e.queue().type())))
                .hasSize(120);
        assertThat(centre.call("GET", "/api/v1/reports/live", manager, null).body().get("alerts"))
                .noneMatch(a -> "upstream".equals(a.get("kind").asText()));
    }

    @Test
    void noNameIdNumberOrAddressLeavesTheCentre() throws Exception {
        connect();
        String number = "079203001234";
        String name = "Trần Thị Bích Ngọc";
        String child = "Lê Minh Khôi";
        String address = "12 ngõ 34 phố Hàng Bạc, phường Hoàn Kiếm";
        Response read = centre.call("POST", "/api/v1/identity-reads", centre.kioskToken(), "{\"source\":\"qr\",\"number\":\""
                + number + "\",\"name\":\"" + name + "\",\"dateOfBirth\":\"1991-04-17\",\"sex\":\"Nữ\",\"address\":\""
                + address + "\"}");
        assertThat(read.status()).as(String.valueOf(read.body())).isEqualTo(201);
        String identity = read.body().get("identityToken").asText();
        Response filed = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(), "{\"requestId\":\"p1\","
                + "\"procedure\":\"1.001193\",\"declaration\":{\"number\":\"" + number + "\",\"name\":\"" + name
                + "\",\"address\":\"" + address + "\",\"childName\":\"" + child + "\",\"childBirthDate\":\"2026-02-20\","
                + "\"relationship\":\"Mẹ\"},\"documents\":[{\"position\":0,\"action\":\"DECLARATION\"},"
                + "{\"position\":1,\"action\":\"PAPER\"}],\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"},"
                + "\"identityToken\":\"" + identity + "\"}");
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        String code = filed.body().get("code").asText();
        assertThat(centre.call("POST", "/api/v1/dossiers/" + code + "/status", manager,
                "{\"status\":\"IN_PROCESSING\",\"note\":\"gọi chị " + name + " số " + number + "\"}").status()).isEqualTo(200);
        assertThat(centre.call("POST", "/api/v1/devices/help", centre.kioskToken(),
                "{\"reason\":\"" + name + " " + number + "\"}").status()).isEqualTo(204);
        serveAndRate(centre.officerAt(2));
        awaitDrained();

        List<UpstreamEvent> dossiers = hub.stored().stream().filter(e -> e.kind() == UpstreamKind.DOSSIER).toList();
        assertThat(dossiers).extracting(e -> e.dossier().status()).containsExactly("RECEIVED", "IN_PROCESSING");
        assertThat(dossiers).allSatisfy(e -> {
            assertThat(e.dossier().code()).isEqualTo(code);
            assertThat(e.dossier().procedure()).isEqualTo("1.001193");
            assertThat(e.dossier().dueAt()).isNotNull();
        });
        assertThat(hub.stored()).anySatisfy(e -> assertThat(e.queue() != null && "help.requested".equals(e.queue().type())).isTrue());
        String all = String.join("\n", hub.payloads());
        assertThat(all).isNotEmpty();
        for (String secret : List.of(number, name, child, address, "Hàng Bạc", "Ngọc", "2026-02-20", "1991-04-17")) {
            assertThat(all).as("payloads must not carry " + secret).doesNotContain(secret);
        }
        assertThat(all).doesNotContain("deviceId").doesNotContain("device_id");
    }
}

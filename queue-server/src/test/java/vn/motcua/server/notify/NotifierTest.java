package vn.motcua.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre;

/**
 * Call-backs over real HTTP to a fake SMS gateway and webhook that fail every other request: retried with
 * backoff until accepted, at most one message per kind per ticket, the number and counter only.
 */
class NotifierTest extends CentreOnTestClock {
    private static final Instant MONDAY_0750 = Instant.parse("2026-12-07T00:50:00Z");
    /** Replaced by a test that needs one failing every request; the one there at the end is closed. */
    @AutoClose
    private FakeGateway gateway = new FakeGateway(2);

    NotifierTest() throws IOException {
        super(MONDAY_0750);
    }

    private void configure() {
        TestCentre.Response put = centre.call("PUT", "/api/v1/notify/settings", centre.managerToken(), "{\"sms\":{\"url\":\""
                + gateway.url("/sms") + "\",\"username\":\"centre\",\"password\":\"s3cret\"},\"webhook\":{\"url\":\""
                + gateway.url("/hook") + "\",\"token\":\"tok\"},\"aheadThreshold\":2,\"maxAttempts\":5,\"backoffSeconds\":1}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body().at("/sms/password").asText()).isEqualTo("********");
        assertThat(put.body().toString()).doesNotContain("s3cret", "tok\"");
    }

    /** Advances the server clock a second at a time (the retry backoff) until the condition holds. */
    private void until(BooleanSupplier done) throws InterruptedException {
        gateway.until(done, clock, Duration.ofSeconds(1));
    }

    @Test
    void aBookedVisitorHearsSoonAndCalledOnceEachThroughBothChannelsDespiteFailures() throws Exception {
        configure();
        for (int i = 0; i < 3; i++) {
            centre.issue("A", "NORMAL");
        }
        String code = centre.call("POST", "/api/v1/bookings", null,
                "{\"service\":\"A\",\"start\":\"2026-12-07T08:00:00+07:00\",\"phone\":\"0912345678\"}").body().get("code").asText();
        JsonNode ticket = centre.call("POST", "/api/v1/bookings/" + code + "/check-in", centre.kioskToken(), null).body();
        String number = ticket.get("number").asText();
        until(() -> gateway.accepted("/sms").size() == 1 && gateway.accepted("/hook").size() == 1);
        FakeGateway.Received soon = gateway.accepted("/sms").get(0);
        assertThat(soon.body().get("to").asText()).isEqualTo("0912345678");
        assertThat(soon.body().get("text").asText()).startsWith("Số " + number + ": còn khoảng ").endsWith("số nữa đến lượt quý khách.");
        assertThat(soon.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                "centre:s3cret".getBytes(StandardCharsets.UTF_8)));
        FakeGateway.Received hook = gateway.accepted("/hook").get(0);
        assertThat(hook.authorization()).isEqualTo("Bearer tok");
        assertThat(hook.body().get("kind").asText()).isEqualTo("SOON");
        assertThat(hook.body().toString()).doesNotContain("0912345678", code);

        clock.advance(Duration.ofMinutes(10)); // 08:00, the slot: the appointment goes first at counter 2
        String officer = centre.officerAt(2);
        JsonNode called = centre.call("POST", "/api/v1/counters/2/next", officer, null).body();
        assertThat(called.get("number").asText()).isEqualTo(number);
        until(() -> gateway.accepted("/sms").size() == 2 && gateway.accepted("/hook").size() == 2);
        assertThat(gateway.accepted("/sms").get(1).body().get("text").asText()).isEqualTo("Mời số " + number + " đến quầy 2.");
        assertThat(gateway.accepted("/hook").get(1).body().get("counter").asInt()).isEqualTo(2);

        // a recall and more queue movement send nothing more for this ticket
        assertThat(centre.call("POST", "/api/v1/tickets/" + called.get("id").asLong() + "/recall", officer, null).status())
                .isEqualTo(200);
        centre.issue("A", "NORMAL");
        int before = gateway.received.size();
        for (int i = 0; i < 5; i++) {
            Thread.sleep(300);
            clock.advance(Duration.ofSeconds(2));
        }
        assertThat(gateway.received).hasSize(before);
        assertThat(gateway.received.stream().filter(r -> !r.accepted()).count()).as("the gateway failed some").isPositive();

        List<JsonNode> log = new java.util.ArrayList<>();
        centre.call("GET", "/api/v1/notify/messages?day=2026-12-07", centre.managerToken(), null).body().forEach(log::add);
        assertThat(log).hasSize(4).allSatisfy(m -> {
            assertThat(m.get("state").asText()).isEqualTo("SENT");
            assertThat(m.get("number").asText()).isEqualTo(number);
        });
        assertThat(log.stream().mapToInt(m -> m.get("attempts").asInt()).max().orElseThrow()).isGreaterThan(1);
        assertThat(log.toString()).doesNotContain("0912345678");
        // walk-ins have no contact: nothing was queued for them
        assertThat(gateway.received.stream().allMatch(r -> r.body().toString().contains(number))).isTrue();
    }

    @Test
    void aGatewayThatNeverAcceptsIsGivenUpAfterMaxAttempts() throws Exception {
        gateway.close();
        gateway = new FakeGateway(1); // every request fails
        configure();
        String code = centre.call("POST", "/api/v1/bookings", null,
                "{\"service\":\"A\",\"start\":\"2026-12-07T08:00:00+07:00\",\"phone\":\"0912345678\"}").body().get("code").asText();
        centre.call("POST", "/api/v1/bookings/" + code + "/check-in", centre.kioskToken(), null);
        until(() -> {
            JsonNode log = centre.call("GET", "/api/v1/notify/messages?day=2026-12-07", centre.managerToken(), null).body();
            return log.size() == 2 && log.get(0).get("state").asText().equals("FAILED") && log.get(1).get("state").asText().equals("FAILED");
        });
        assertThat(gateway.received.stream().filter(r -> r.path().equals("/sms")).count()).isEqualTo(5);
        assertThat(centre.call("PUT", "/api/v1/notify/settings", centre.managerToken(), "{\"sms\":{\"url\":\"ftp://x\"},"
                + "\"aheadThreshold\":2,\"maxAttempts\":5,\"backoffSeconds\":1}").status()).isEqualTo(400);
        assertThat(centre.call("PUT", "/api/v1/notify/settings", centre.managerToken(), "{\"sms\":{\"url\":\"http://x\","
                + "\"soonTemplate\":\"{name} ơi\"},\"aheadThreshold\":2,\"maxAttempts\":5,\"backoffSeconds\":1}").status()).isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/notify/settings", centre.kioskToken(), null).status()).isEqualTo(403);
    }
}

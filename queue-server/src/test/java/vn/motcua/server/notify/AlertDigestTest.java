package vn.motcua.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre;

/**
 * The live view's alerts on the manager's phone, over real HTTP to the fake SMS gateway and webhook that fail
 * every other request: one message per alert episode (repeats and flapping are not sent again), the alerts of
 * an interval gathered into one message, the kinds the manager chose only, and nothing about any citizen.
 */
class AlertDigestTest extends CentreOnTestClock {
    private static final Instant MONDAY_0750 = Instant.parse("2026-12-07T00:50:00Z");
    private static final String MANAGER_PHONE = "0901234567";
    private static final String CITIZEN_PHONE = "0912345678";
    private static final String PAPER_OUT = "{\"part\":\"printer\",\"state\":\"OFFLINE\",\"code\":\"PAPER_OUT\",\"detail\":\"paper end\"}";
    private static final String PAPER_BACK = "{\"part\":\"printer\",\"state\":\"ONLINE\",\"code\":\"OK\"}";
    @AutoClose
    private final FakeGateway gateway = new FakeGateway(2);

    AlertDigestTest() throws IOException {
        super(MONDAY_0750);
    }

    private TestCentre.Response configure(String manager) {
        return centre.call("PUT", "/api/v1/notify/settings", centre.managerToken(), "{\"sms\":{\"url\":\"" + gateway.url("/sms")
                + "\"},\"webhook\":{\"url\":\"" + gateway.url("/hook") + "\"},\"aheadThreshold\":2,\"maxAttempts\":5,"
                + "\"backoffSeconds\":1,\"manager\":" + manager + "}");
    }

    /** The SMS the gateway accepted for the manager's phone (the citizens' call-backs go to the same gateway). */
    private List<String> managerSms() {
        return gateway.accepted("/sms").stream().filter(r -> r.body().get("to").asText().equals(MANAGER_PHONE))
                .map(r -> r.body().get("text").asText()).toList();
    }

    private List<JsonNode> alertHooks() {
        return gateway.accepted("/hook").stream().filter(r -> r.body().get("kind").asText().equals("ALERT"))
                .map(FakeGateway.Received::body).toList();
    }

    private void until(BooleanSupplier done, Duration step) throws InterruptedException {
        gateway.until(done, clock, step);
    }

    private JsonNode alertMessages() {
        return centre.call("GET", "/api/v1/notify/alert-messages?day=2026-12-07", centre.managerToken(), null).body();
    }

    private long alertId(String containing) {
        for (JsonNode a : centre.call("GET", "/api/v1/reports/live", centre.managerToken(), null).body().get("alerts")) {
            if (a.get("messageVi").asText().contains(containing) && a.get("ackedAt").isNull()) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no open alert with " + containing);
    }

    @Test
    void eachAlertIsToldOnceAndTheAlertsOfAnIntervalGoTogether() throws Exception {
        assertThat(configure("{\"phone\":\"0901 234 567\",\"intervalMinutes\":10}").status()).isEqualTo(200);
        String kiosk = centre.kioskToken();

        // A printer out of paper (reported twice) and a help request (not among the default kinds): one SMS, one hook.
        centre.call("POST", "/api/v1/devices/status", kiosk, PAPER_OUT);
        centre.call("POST", "/api/v1/devices/status", kiosk, PAPER_OUT);
        centre.call("POST", "/api/v1/devices/help", kiosk, "{\"reason\":\"help button\"}");
        until(() -> managerSms().size() == 1 && alertHooks().size() == 1, Duration.ofSeconds(1));
        assertThat(managerSms().get(0)).contains("máy in hết giấy").doesNotContain("cảnh báo:", "trợ giúp", "×");
        JsonNode hook = alertHooks().get(0);
        assertThat(hook.get("text").asText()).isEqualTo(managerSms().get(0));
        assertThat(hook.get("number").isNull()).isTrue();
        assertThat(hook.toString()).doesNotContain(MANAGER_PHONE);

        // Within the interval: the printer flaps (same episode, not told again); service A goes past its queue limit
        // with a booked citizen among the three; a scanner stops answering. Nothing is sent before the interval ends.
        assertThat(centre.call("PUT", "/api/v1/alerts/limits", centre.managerToken(), "[{\"service\":\"A\",\"maxQueue\":2}]")
                .status()).isEqualTo(200);
        centre.call("POST", "/api/v1/devices/status", kiosk, PAPER_BACK);
        centre.call("POST", "/api/v1/devices/status", kiosk, PAPER_OUT);
        centre.issue("A", "NORMAL");
        centre.issue("A", "NORMAL");
        String code = centre.call("POST", "/api/v1/bookings", null, "{\"service\":\"A\",\"start\":\"2026-12-07T08:00:00+07:00\","
                + "\"phone\":\"" + CITIZEN_PHONE + "\",\"personalNumber\":\"001090012345\"}").body().get("code").asText();
        JsonNode booked = centre.call("POST", "/api/v1/bookings/" + code + "/check-in", kiosk, null).body();
        centre.call("POST", "/api/v1/devices/status", kiosk,
                "{\"part\":\"scanner\",\"state\":\"OFFLINE\",\"code\":\"NO_ANSWER\",\"detail\":\"silent\"}");
        for (int i = 0; i < 6; i++) { // six rounds a minute apart: the service levels are checked, nothing is sent
            Thread.sleep(300);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(managerSms()).hasSize(1);
        assertThat(alertMessages()).hasSize(2); // the first message, on each channel

        // The interval over: one message tells both new alerts, not the printer again.
        until(() -> managerSms().size() == 2 && alertHooks().size() == 2, Duration.ofMinutes(1));
        String digest = managerSms().get(1);
        assertThat(digest).contains("2 cảnh báo: ", "3 người đang chờ, vượt giới hạn 2 người", "đầu đọc mã không phản hồi")
                .doesNotContain("hết giấy");

        // Acknowledged, then out of paper again: a new episode, told in the next interval.
        assertThat(centre.call("POST", "/api/v1/alerts/" + alertId("hết giấy") + "/ack", centre.managerToken(), null).status())
                .isEqualTo(200);
        centre.call("POST", "/api/v1/devices/status", kiosk, PAPER_BACK);
        centre.call("POST", "/api/v1/devices/status", kiosk, PAPER_OUT);
        until(() -> managerSms().size() == 3, Duration.ofMinutes(1));
        assertThat(managerSms().get(2)).contains("máy in hết giấy");

        // Nothing about any citizen went to the manager: no phone, no personal number, no ticket number.
        List<String> all = new ArrayList<>(managerSms());
        alertHooks().forEach(h -> all.add(h.toString()));
        assertThat(all).allSatisfy(t -> assertThat(t).doesNotContain(CITIZEN_PHONE, "001090012345", "2345",
                booked.get("number").asText()));
        assertThat(gateway.received.stream().filter(r -> !r.accepted()).count()).as("the gateway failed some").isPositive();
        JsonNode log = alertMessages();
        assertThat(log).hasSize(6);
        log.forEach(m -> assertThat(m.get("state").asText()).isEqualTo("SENT"));
        assertThat(log.get(2).get("alerts").asInt()).isEqualTo(2);
    }

    @Test
    void theManagersSettingsAreCheckedAndNothingIsSentWithoutThem() throws Exception {
        assertThat(configure("{\"phone\":\"12345\"}").status()).isEqualTo(400);
        assertThat(configure("{\"phone\":\"0901234567\",\"kinds\":[\"device\",\"rumours\"]}").status()).isEqualTo(400);
        assertThat(configure("{\"phone\":\"0901234567\",\"intervalMinutes\":500}").status()).isEqualTo(400);
        assertThat(configure("null").status()).isEqualTo(200);
        centre.call("POST", "/api/v1/devices/status", centre.kioskToken(), PAPER_OUT);
        for (int i = 0; i < 5; i++) {
            Thread.sleep(300);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(gateway.received).isEmpty();
        assertThat(alertMessages()).isEmpty();
        TestCentre.Response put = configure("{\"phone\":\"+84901234567\",\"kinds\":[\"help\"]}");
        assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
        JsonNode saved = put.body();
        assertThat(saved.at("/manager/phone").asText()).isEqualTo(MANAGER_PHONE);
        assertThat(saved.at("/manager/intervalMinutes").asInt()).isEqualTo(10);
        // a printer fault is not among the kinds chosen; a help request is
        centre.call("POST", "/api/v1/devices/help", centre.kioskToken(), "{\"reason\":\"help button\"}");
        until(() -> managerSms().size() == 1, Duration.ofSeconds(1));
        assertThat(managerSms().get(0)).contains("công dân cần trợ giúp").doesNotContain("giấy");
    }

    @Test
    void aDigestSpellsOutThreeAlertsAndCountsTheRest() {
        assertThat(AlertDigest.text("Trung tâm X", List.of("a"))).isEqualTo("Trung tâm X: a");
        assertThat(AlertDigest.text(" ", List.of("a", "b"))).isEqualTo("Một cửa, 2 cảnh báo: a; b");
        assertThat(AlertDigest.text("T", List.of("a", "b", "c", "d", "e"))).isEqualTo("T, 5 cảnh báo: a; b; c; và 2 cảnh báo khác");
        String longText = AlertDigest.text("T", List.of("x".repeat(400)));
        assertThat(longText).hasSize(AlertDigest.MAX_TEXT).endsWith("…");
    }
}

package vn.motcua.server.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre.Response;

/** Alerts on the manager's live view: grouped repeats, "Đã xử lý" by whom and when, service-level limits. */
class AlertApiTest extends CentreOnTestClock {
    private static final String PAPER_OUT = "{\"part\":\"printer\",\"state\":\"OFFLINE\",\"code\":\"PAPER_OUT\"}";
    private static final String ONLINE = "{\"part\":\"printer\",\"state\":\"ONLINE\",\"code\":\"OK\"}";
    private String manager;

    @BeforeEach
    void start() throws Exception {
        manager = centre.managerToken();
    }

    private JsonNode alerts() {
        return centre.call("GET", "/api/v1/reports/live", manager, null).body().get("alerts");
    }

    @Test
    void repeatsOfOneFaultAreOneLineAndItsAcknowledgementNamesWhoAndWhen() {
        String kiosk = centre.kioskToken();
        ok("POST", "/api/v1/devices/status", kiosk, PAPER_OUT);
        clock.advance(Duration.ofMinutes(1));
        ok("POST", "/api/v1/devices/status", kiosk, PAPER_OUT);
        // the printer flaps: back online, out again — still the same unacknowledged episode
        ok("POST", "/api/v1/devices/status", kiosk, ONLINE);
        assertThat(alerts()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        ok("POST", "/api/v1/devices/status", kiosk, PAPER_OUT);
        JsonNode a = alerts();
        assertThat(a).hasSize(1);
        assertThat(a.get(0).get("repeats").asInt()).isEqualTo(3);
        assertThat(a.get(0).get("messageVi").asText()).contains("máy in hết giấy (từ 08:00)");
        assertThat(a.get(0).get("firstAt").asText()).startsWith("2026-03-02T08:00");
        assertThat(a.get(0).get("lastAt").asText()).startsWith("2026-03-02T08:02");
        assertThat(a.get(0).get("ackedBy").isNull()).isTrue();
        long id = a.get(0).get("id").asLong();

        // officers and devices cannot mark it handled; an unknown alert is 404
        String officer = centre.officerAt(2);
        assertThat(centre.call("POST", "/api/v1/alerts/" + id + "/ack", officer, null).status()).isEqualTo(403);
        assertThat(centre.call("POST", "/api/v1/alerts/" + id + "/ack", kiosk, null).status()).isEqualTo(403);
        assertThat(centre.call("POST", "/api/v1/alerts/99999/ack", manager, null).status()).isEqualTo(404);
        assertThat(alerts().get(0).get("ackedBy").isNull()).isTrue();

        clock.advance(Duration.ofMinutes(3));
        Response acked = centre.call("POST", "/api/v1/alerts/" + id + "/ack", manager, null);
        assertThat(acked.status()).isEqualTo(200);
        assertThat(acked.body().get("ackedBy").asText()).isEqualTo("manager");
        assertThat(acked.body().get("ackedAt").asText()).startsWith("2026-03-02T08:05");
        // twice: refused, and the first acknowledgement stands
        clock.advance(Duration.ofMinutes(1));
        Response twice = centre.call("POST", "/api/v1/alerts/" + id + "/ack", manager, null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("error").get("message").asText()).contains("đã được manager xử lý");
        assertThat(alerts().get(0).get("ackedAt").asText()).startsWith("2026-03-02T08:05");

        // the fault is still there: listed, acknowledged; a new report after the acknowledgement is a new episode
        ok("POST", "/api/v1/devices/status", kiosk, ONLINE);
        ok("POST", "/api/v1/devices/status", kiosk, PAPER_OUT);
        a = alerts();
        assertThat(a).hasSize(2);
        assertThat(a.get(1).get("repeats").asInt()).isEqualTo(1);
        assertThat(a.get(1).get("ackedBy").isNull()).isTrue();

        // the acknowledgement is in the audit trail
        JsonNode audit = centre.call("GET", "/api/v1/audit?from=2026-03-02", manager, null).body();
        List<String> paths = new ArrayList<>();
        (audit.isArray() ? audit : audit.get("items")).forEach(r -> paths.add(r.get("method").asText() + " "
                + r.get("path").asText() + " " + r.get("username").asText() + " " + r.get("status").asInt()));
        assertThat(paths).contains("POST /api/v1/alerts/" + id + "/ack manager 200",
                "POST /api/v1/alerts/" + id + "/ack manager 409");
    }

    @Test
    void helpPressedAgainBeforeAnyoneCameIsOneRequest() {
        String kiosk = centre.kioskToken();
        ok("POST", "/api/v1/devices/help", kiosk, "{\"reason\":\"help button\"}");
        clock.advance(Duration.ofSeconds(40));
        ok("POST", "/api/v1/devices/help", kiosk, "{\"reason\":\"help button\"}");
        JsonNode a = alerts();
        assertThat(a).hasSize(1);
        assertThat(a.get(0).get("kind").asText()).isEqualTo("help");
        assertThat(a.get(0).get("repeats").asInt()).isEqualTo(2);
        ok("POST", "/api/v1/alerts/" + a.get(0).get("id").asLong() + "/ack", manager, null);
        a = alerts();
        assertThat(a.get(0).get("resolved").asBoolean()).isTrue();
        assertThat(a.get(0).get("ackedBy").asText()).isEqualTo("manager");
    }

    @Test
    void aServicePastItsLimitsRaisesAnAlertThatClearsBelowThem() {
        // bad limits are refused whole, naming the field, and change nothing
        Response bad = centre.call("PUT", "/api/v1/alerts/limits", manager,
                "[{\"service\":\"A\",\"maxQueue\":2},{\"service\":\"B\",\"maxWaitMinutes\":0}]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").get("message").asText()).contains("maxWaitMinutes").contains("B");
        assertThat(centre.call("PUT", "/api/v1/alerts/limits", manager, "[{\"service\":\"Z\",\"maxQueue\":2}]").status())
                .isEqualTo(400);
        assertThat(centre.call("PUT", "/api/v1/alerts/limits", centre.officerAt(2), "[{\"service\":\"A\",\"maxQueue\":2}]")
                .status()).isEqualTo(403);
        JsonNode limits = centre.call("GET", "/api/v1/alerts/limits", manager, null).body();
        assertThat(limits.get(0).get("service").asText()).isEqualTo("A");
        assertThat(limits.get(0).get("maxQueue").isNull()).isTrue();
        assertThat(limits.get(0).get("maxWaitMinutes").asInt()).isEqualTo(15);

        ok("PUT", "/api/v1/alerts/limits", manager, "[{\"service\":\"A\",\"maxWaitMinutes\":5,\"maxQueue\":2}]");
        for (int i = 0; i < 3; i++) {
            assertThat(centre.issue("A", "NORMAL").status()).isEqualTo(201);
        }
        JsonNode a = alerts();
        assertThat(a).extracting(x -> x.get("kind").asText()).containsExactly("queue");
        assertThat(a.get(0).get("messageVi").asText()).isEqualTo("Hộ tịch: 3 người đang chờ, vượt giới hạn 2 người");
        clock.advance(Duration.ofMinutes(6));
        a = alerts();
        assertThat(a).extracting(x -> x.get("kind").asText()).containsExactly("queue", "wait");
        assertThat(a.get(1).get("messageVi").asText()).isEqualTo("Hộ tịch: có người đã chờ 6 phút, vượt giới hạn 5 phút");
        // the wait alert started when the limit was crossed, not when the view was read
        assertThat(a.get(1).get("firstAt").asText()).startsWith("2026-03-02T08:05");
        JsonNode service = centre.call("GET", "/api/v1/reports/live", manager, null).body().get("services").get(0);
        assertThat(service.get("alert").asBoolean()).isTrue();

        // read again later: still one line each, the text follows the wait
        clock.advance(Duration.ofMinutes(2));
        a = alerts();
        assertThat(a).hasSize(2);
        assertThat(a.get(1).get("messageVi").asText()).contains("đã chờ 8 phút");
        assertThat(a.get(1).get("repeats").asInt()).isEqualTo(1);

        // acknowledged and still past the limit: it stays listed as handled, no new line
        ok("POST", "/api/v1/alerts/" + a.get(0).get("id").asLong() + "/ack", manager, null);
        a = alerts();
        assertThat(a).hasSize(2);
        assertThat(a.get(0).get("ackedBy").asText()).isEqualTo("manager");

        // an officer calls two: the queue is under its limit and the wait alert clears with the oldest visitors
        String officer = centre.officerAt(2);
        for (int i = 0; i < 3; i++) {
            ok("POST", "/api/v1/counters/2/next", officer, null);
            JsonNode current = centre.call("GET", "/api/v1/counters", officer, null).body().get(1);
            ok("POST", "/api/v1/tickets/" + current.get("currentTicketId").asLong() + "/start", officer, null);
            ok("POST", "/api/v1/tickets/" + current.get("currentTicketId").asLong() + "/finish", officer,
                    "{\"outcome\":\"INFO_ONLY\"}");
        }
        a = alerts();
        assertThat(a).allMatch(x -> x.get("resolved").asBoolean() || x.get("ackedBy").isTextual());
        assertThat(a).noneMatch(x -> x.get("kind").asText().equals("wait"));
        assertThat(centre.call("GET", "/api/v1/reports/live", manager, null).body().get("services").get(0)
                .get("alert").asBoolean()).isFalse();

        // clearing the setting goes back to the service's target
        ok("PUT", "/api/v1/alerts/limits", manager, "[{\"service\":\"A\",\"maxWaitMinutes\":null,\"maxQueue\":null}]");
        limits = centre.call("GET", "/api/v1/alerts/limits", manager, null).body();
        assertThat(limits.get(0).get("maxWaitMinutes").asInt()).isEqualTo(15);
        assertThat(limits.get(0).get("waitIsTarget").asBoolean()).isTrue();
    }
}

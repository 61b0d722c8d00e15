package vn.motcua.server.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre;

/** Joining from a phone over real HTTP: remote until confirmed with today's entrance code, never called before, skipped when late. */
class RemoteJoinTest extends CentreOnTestClock {
    RemoteJoinTest() {
        super(Instant.parse("2026-12-07T01:00:00Z")); // Monday 08:00
    }

    private TestCentre.Response join(String service, String phone) {
        return centre.call("POST", "/api/v1/remote/join", null, "{\"service\":\"" + service + "\",\"phone\":\"" + phone + "\"}");
    }

    private void allow() {
        assertThat(centre.call("PUT", "/api/v1/remote/settings", centre.managerToken(),
                "{\"enabled\":true,\"services\":[\"A\"],\"confirmWithin\":2,\"perPhonePerDay\":1}").status()).isEqualTo(200);
    }

    private String entranceCode() {
        String url = centre.call("GET", "/api/v1/remote/entrance", centre.kioskToken(), null).body().get("url").asText();
        assertThat(url).contains("/xac-nhan?ma=");
        return url.substring(url.indexOf("ma=") + 3);
    }

    @Test
    void remoteUntilConfirmedNeverCalledBeforeThenCalledAsAnyone() {
        assertThat(join("A", "0912345678").body().get("error").get("code").asText()).isEqualTo("remote_closed");
        allow();
        assertThat(join("B", "0912345678").body().get("error").get("code").asText()).isEqualTo("remote_closed");
        TestCentre.Response shortQueue = join("A", "0912345678");
        assertThat(shortQueue.status()).isEqualTo(409);
        assertThat(shortQueue.body().get("error").get("code").asText()).isEqualTo("queue_short");
        for (int i = 0; i < 3; i++) {
            centre.issue("A", "NORMAL");
        }
        TestCentre.Response joined = join("A", "0912 345 678");
        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.body().get("number").asText()).isEqualTo("A0004"); // the refused join used no number
        assertThat(joined.body().get("remote").asText()).isEqualTo("UNCONFIRMED");
        assertThat(joined.body().get("messageVi").asText()).contains("quét mã QR tại ki-ốt");
        assertThat(joined.body().toString()).doesNotContain("345678");
        String token = joined.body().get("token").asText();
        assertThat(join("A", "0912345678").body().get("error").get("code").asText()).isEqualTo("remote_limit");
        assertThat(centre.call("GET", "/api/v1/remote/tickets/" + token, null, null).body().has("token")).isFalse();
        assertThat(centre.call("GET", "/api/v1/remote/tickets/nope", null, null).status()).isEqualTo(404);
        centre.issue("A", "NORMAL"); // A0005 arrives after the remote one

        // the wrong code changes nothing; the code is for screens at the centre only
        assertThat(centre.call("POST", "/api/v1/remote/tickets/" + token + "/confirm", null, "{\"code\":\"0000000000\"}").status())
                .isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/remote/entrance", null, null).status()).isEqualTo(401);
        assertThat(centre.call("GET", "/api/v1/remote/entrance", centre.officerAt(2), null).status()).isEqualTo(403);

        String officer = centre.officerAt(2);
        centre.call("POST", "/api/v1/counters/2/open", officer, null);
        // A0001..A0003 are called; the unconfirmed A0004 (1 ahead, then 0, but confirmWithin 2 → skipped by the sweep
        // only once it is within 2 places) — confirm it before that
        JsonNode first = next(officer);
        assertThat(first.get("number").asText()).isEqualTo("A0001");
        TestCentre.Response confirmed = centre.call("POST", "/api/v1/remote/tickets/" + token + "/confirm", null,
                "{\"code\":\"" + entranceCode() + "\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("remote").asText()).isEqualTo("CONFIRMED");
        assertThat(next(officer).get("number").asText()).isEqualTo("A0002");
        assertThat(next(officer).get("number").asText()).isEqualTo("A0003");
        assertThat(next(officer).get("number").asText()).isEqualTo("A0004");
        assertThat(centre.call("GET", "/api/v1/remote/tickets/" + token, null, null).body().get("state").asText()).isEqualTo("CALLED");
    }

    @Test
    void anUnconfirmedRemoteTicketIsPassedOverThenSkipped() throws Exception {
        allow();
        for (int i = 0; i < 3; i++) {
            centre.issue("A", "NORMAL");
        }
        String token = join("A", "0912345678").body().get("token").asText(); // A0004, 3 ahead
        centre.issue("A", "NORMAL"); // A0005
        String officer = centre.officerAt(2);
        centre.call("POST", "/api/v1/counters/2/open", officer, null);
        assertThat(next(officer).get("number").asText()).isEqualTo("A0001");
        assertThat(next(officer).get("number").asText()).isEqualTo("A0002"); // A0004 now has 1 ahead: within 2
        JsonNode view = null;
        for (int i = 0; i < 50; i++) {
            view = centre.call("GET", "/api/v1/remote/tickets/" + token, null, null).body();
            if (view.get("remote").asText().equals("SKIPPED")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(view.get("remote").asText()).isEqualTo("SKIPPED");
        assertThat(view.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(next(officer).get("number").asText()).isEqualTo("A0003");
        assertThat(next(officer).get("number").asText()).isEqualTo("A0005");
        assertThat(centre.call("POST", "/api/v1/remote/tickets/" + token + "/confirm", null,
                "{\"code\":\"" + entranceCode() + "\"}").body().get("error").get("code").asText()).isEqualTo("remote_skipped");
    }

    private Long current;

    /** Finishes the visitor at counter 2, if any, and calls the next. */
    private JsonNode next(String officer) {
        if (current != null) {
            centre.call("POST", "/api/v1/tickets/" + current + "/start", officer, null);
            centre.call("POST", "/api/v1/tickets/" + current + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");
        }
        TestCentre.Response r = centre.call("POST", "/api/v1/counters/2/next", officer, null);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        current = r.body().get("id").asLong();
        return r.body();
    }

    @Test
    void aPhoneJoinsPastTheDailySharePerCaller() {
        // the per-device/per-user share does not apply to a phone: before, a join past it failed with a 500
        centre.app.components().issueLimiter().limits(new vn.motcua.server.ticket.IssueLimits(
                Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, 3));
        allow();
        for (int i = 0; i < 3; i++) {
            centre.issue("A", "NORMAL");
        }
        TestCentre.Response joined = join("A", "0912345678");
        assertThat(joined.status()).as(String.valueOf(joined.body())).isEqualTo(201);
        assertThat(joined.body().get("number").asText()).isEqualTo("A0004");
    }
}

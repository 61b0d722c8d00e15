package vn.motcua.server.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre.Response;

/** The officer's waiting list and the visits set aside ("chờ bổ sung"), through the real HTTP API. */
class OfficerDayTest extends CentreOnTestClock {
    private JsonNode ticket(long id) {
        return centre.call("GET", "/api/v1/tickets/" + id, null, null).body();
    }

    @Test
    void theWaitingListShowsNumbersCategoriesAndWaitsAgainstTheTarget() {
        String officer = centre.officerAt(3); // counter 3 serves A and B
        long a1 = issue("A", "NORMAL");
        clock.advance(Duration.ofMinutes(6));
        long b1 = issue("B", "ELDERLY");
        clock.advance(Duration.ofMinutes(5));
        issue("C", "NORMAL"); // not this counter's service
        clock.advance(Duration.ofMinutes(5));
        long a2 = issue("A", "NORMAL");

        JsonNode desk = ok("GET", "/api/v1/counters/3/waiting", officer, null);
        JsonNode waiting = desk.get("waiting");
        List<String> numbers = new ArrayList<>();
        waiting.forEach(w -> numbers.add(w.get("number").asText()));
        assertThat(numbers).containsExactly("A0001", "B0001", "A0002");
        // A0001 waited 16 min: past the 15-minute target; B0001 10 min: two thirds of it; A0002 just came
        assertThat(waiting.get(0).get("waitedMinutes").asDouble()).isEqualTo(16.0);
        assertThat(waiting.get(0).get("level").asText()).isEqualTo("over");
        assertThat(waiting.get(1).get("level").asText()).isEqualTo("near");
        assertThat(waiting.get(1).get("category").asText()).isEqualTo("ELDERLY");
        assertThat(waiting.get(2).get("level").asText()).isEqualTo("ok");
        assertThat(waiting.get(0).get("targetWaitMinutes").asInt()).isEqualTo(15);
        // the policy's next is marked: A0001, past the target, goes before the elderly visitor (anti-starvation)
        assertThat(waiting.get(0).get("next").asBoolean()).isTrue();
        assertThat(waiting.get(1).get("next").asBoolean()).isFalse();
        // no personal data: a waiting entry has only these fields
        List<String> fields = new ArrayList<>();
        waiting.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "number", "service", "category", "slot", "waitingSince",
                "waitedMinutes", "targetWaitMinutes", "level", "next", "asideSince", "laterServices");

        // another officer's counter is not readable by this officer; a manager may look at any counter
        assertThat(centre.call("GET", "/api/v1/counters/2/waiting", officer, null).status()).isEqualTo(403);
        assertThat(centre.call("GET", "/api/v1/counters/3/waiting", null, null).status()).isEqualTo(401);
        assertThat(ok("GET", "/api/v1/counters/3/waiting", centre.managerToken(), null).get("waiting")).hasSize(3);

        JsonNode called = ok("POST", "/api/v1/counters/3/next", officer, null);
        assertThat(called.get("id").asLong()).isEqualTo(a1);
        waiting = ok("GET", "/api/v1/counters/3/waiting", officer, null).get("waiting");
        assertThat(waiting).extracting(w -> w.get("id").asLong()).containsExactly(b1, a2);
        assertThat(waiting.get(0).get("next").asBoolean()).isTrue();
    }

    @Test
    void aVisitSetAsideIsCalledBackAndItsTimeAsideIsCountedApart() {
        String officer = centre.officerAt(2); // counter 2 serves A
        String manager = centre.managerToken();
        long a1 = issue("A", "NORMAL");
        long a2 = issue("A", "NORMAL");
        clock.advance(Duration.ofMinutes(4));
        ok("POST", "/api/v1/counters/2/next", officer, null);

        // wrong transitions: a waiting ticket cannot be set aside nor called back; nothing changes
        Response wrong = centre.call("POST", "/api/v1/tickets/" + a2 + "/set-aside", officer, null);
        assertThat(wrong.status()).isEqualTo(403); // not at this counter
        wrong = centre.call("POST", "/api/v1/tickets/" + a1 + "/call-back", officer, null);
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.body().get("error").get("message").asText()).contains("CALLED");
        assertThat(ticket(a1).get("state").asText()).isEqualTo("CALLED");

        ok("POST", "/api/v1/tickets/" + a1 + "/start", officer, null);
        clock.advance(Duration.ofMinutes(3));
        JsonNode aside = ok("POST", "/api/v1/tickets/" + a1 + "/set-aside", officer, null);
        assertThat(aside.get("state").asText()).isEqualTo("ASIDE");
        // twice is refused and changes nothing
        wrong = centre.call("POST", "/api/v1/tickets/" + a1 + "/set-aside", officer, null);
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.body().get("error").get("message").asText()).contains("chờ bổ sung").contains("ASIDE");
        assertThat(ticket(a1).get("state").asText()).isEqualTo("ASIDE");
        // the counter is free: it appears in the aside list, not in the waiting list, and the next is called
        JsonNode desk = ok("GET", "/api/v1/counters/2/waiting", officer, null);
        assertThat(desk.get("aside")).extracting(w -> w.get("id").asLong()).containsExactly(a1);
        assertThat(desk.get("aside").get(0).get("asideSince").asText()).startsWith("2026-03-02T08:07");
        assertThat(desk.get("waiting")).extracting(w -> w.get("id").asLong()).containsExactly(a2);
        assertThat(ok("GET", "/api/v1/counters", officer, null).get(1).get("currentTicketId").isNull()).isTrue();
        ok("POST", "/api/v1/counters/2/next", officer, null);

        // calling back while another visitor is at the counter is refused; an officer of another service may not
        wrong = centre.call("POST", "/api/v1/tickets/" + a1 + "/call-back", officer, null);
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.body().get("error").get("message").asText()).contains("A0002");
        assertThat(ticket(a1).get("state").asText()).isEqualTo("ASIDE");
        String other = centre.officerAt(4); // counter 4 serves B only
        assertThat(centre.call("POST", "/api/v1/tickets/" + a1 + "/call-back", other, null).status()).isEqualTo(403);

        ok("POST", "/api/v1/tickets/" + a2 + "/start", officer, null);
        clock.advance(Duration.ofMinutes(5));
        ok("POST", "/api/v1/tickets/" + a2 + "/finish", officer, "{\"outcome\":\"INFO_ONLY\"}");
        clock.advance(Duration.ofMinutes(5)); // a1 was aside 10 minutes in all
        JsonNode back = ok("POST", "/api/v1/tickets/" + a1 + "/call-back", officer, null);
        assertThat(back.get("state").asText()).isEqualTo("CALLED");
        assertThat(back.get("counter").asInt()).isEqualTo(2);
        assertThat(back.get("history").isNull() || back.get("history").isMissingNode()).isTrue();
        JsonNode history = ticket(a1).get("history");
        assertThat(history.get(history.size() - 1).get("type").asText()).isEqualTo("ticket.called");
        assertThat(history.get(history.size() - 2).get("type").asText()).isEqualTo("ticket.set_aside");
        ok("POST", "/api/v1/tickets/" + a1 + "/start", officer, null);
        clock.advance(Duration.ofMinutes(4));
        ok("POST", "/api/v1/tickets/" + a1 + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");

        JsonNode s = ok("GET", "/api/v1/reports/summary?from=2026-03-02&to=2026-03-02", manager, null);
        // waits: a1 4 min, a2 7 min (called at 08:07 after the set-aside); the time aside is not waiting
        assertThat(s.get("wait").get("max").asDouble()).isEqualTo(7.0);
        assertThat(s.get("setAside").asInt()).isEqualTo(1);
        assertThat(s.get("aside").get("mean").asDouble()).isEqualTo(10.0);
        assertThat(s.get("aside").get("withinTargetShare").isNull()).isTrue();
        // processing: a1 served 3 + 4 min, not the 10 min aside; a2 5 min
        assertThat(s.get("processing").get("max").asDouble()).isEqualTo(7.0);
        assertThat(s.get("processing").get("mean").asDouble()).isEqualTo(6.0);
        JsonNode a = s.get("byService").get(0);
        assertThat(a.get("key").asText()).isEqualTo("A");
        assertThat(a.get("setAside").asInt()).isEqualTo(1);
    }
}

package vn.motcua.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;
import vn.motcua.server.support.TestCentre.Response;

/**
 * The ticket page's view of the visit (GET /api/v1/tickets/{id}, public): each service's wait, growing while it
 * waits, the total over both services of a two-service visit, what is still to come, the segment the visit is
 * in now; and the same total as the reports' severalServices.totalWait.
 */
class VisitWaitTest {
    /** Monday 2026-03-02 08:00 in Asia/Ho_Chi_Minh. */
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    private MutableClock clock;
    private TestCentre centre;

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(START);
        centre = new TestCentre(clock);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private JsonNode ok(String method, String path, String token, String body) {
        Response r = centre.call(method, path, token, body);
        assertThat(r.status()).as(method + " " + path + " → " + r.body()).isBetween(200, 204);
        return r.body();
    }

    /** The visit as the public ticket page reads it. */
    private JsonNode visit(long ticket) {
        return ok("GET", "/api/v1/tickets/" + ticket, null, null).get("visit");
    }

    @Test
    void theTicketPageShowsEachServicesWaitAndTheVisitsTotalAsTheReportsCountIt() {
        String officerA = centre.officerAt(2); // A
        String officerC = centre.officerAt(5); // C
        long a = ok("POST", "/api/v1/tickets", centre.kioskToken(), "{\"service\":\"A\",\"thenServices\":[\"C\"]}").get("id").asLong();
        clock.advance(Duration.ofMinutes(3));
        JsonNode waiting = visit(a);
        assertThat(waiting.get("services")).hasSize(1);
        assertThat(waiting.get("services").get(0).get("service").asText()).isEqualTo("A");
        assertThat(waiting.get("services").get(0).get("waitedMinutes").asInt()).isEqualTo(3);
        assertThat(waiting.get("services").get(0).get("waiting").asBoolean()).isTrue();
        assertThat(waiting.get("toCome")).extracting(JsonNode::asText).containsExactly("C");
        assertThat(waiting.get("totalWaitMinutes").asInt()).isEqualTo(3);
        assertThat(waiting.get("currentTicketId").asLong()).isEqualTo(a);

        clock.advance(Duration.ofMinutes(4));
        ok("POST", "/api/v1/counters/2/next", officerA, null); // waited 7 in A
        ok("POST", "/api/v1/tickets/" + a + "/start", officerA, null);
        clock.advance(Duration.ofMinutes(10)); // being served is not waiting
        assertThat(visit(a).get("totalWaitMinutes").asInt()).isEqualTo(7);
        ok("POST", "/api/v1/tickets/" + a + "/finish", officerA, "{\"outcome\":\"RECEIVED\"}");

        clock.advance(Duration.ofMinutes(5));
        JsonNode second = visit(a); // read through the printed ticket's first segment
        long c = second.get("currentTicketId").asLong();
        assertThat(c).isNotEqualTo(a);
        assertThat(second.get("services")).extracting(l -> l.get("service").asText() + ":" + l.get("waitedMinutes").asInt()
                + ":" + l.get("waiting").asBoolean()).containsExactly("A:7:false", "C:5:true");
        assertThat(second.get("toCome")).isEmpty();
        assertThat(second.get("totalWaitMinutes").asInt()).isEqualTo(12);
        assertThat(visit(c)).isEqualTo(visit(a)); // either segment's page shows the same visit

        clock.advance(Duration.ofMinutes(1));
        ok("POST", "/api/v1/counters/5/next", officerC, null); // waited 6 in C
        clock.advance(Duration.ofMinutes(20));
        assertThat(visit(a).get("totalWaitMinutes").asInt()).isEqualTo(13);
        ok("POST", "/api/v1/tickets/" + c + "/start", officerC, null);
        ok("POST", "/api/v1/tickets/" + c + "/finish", officerC, "{\"outcome\":\"RECEIVED\"}");

        JsonNode s = ok("GET", "/api/v1/reports/summary?from=2026-03-02&to=2026-03-02", centre.managerToken(), null);
        assertThat(s.get("severalServices").get("totalWait").get("mean").asDouble()).isEqualTo(13.0);
        // only the ticket page's answer carries it
        assertThat(ok("POST", "/api/v1/tickets", centre.kioskToken(), "{\"service\":\"B\"}").get("visit").isNull()).isTrue();
    }

    @Test
    void aSingleServiceVisitShowsItsOwnWait() {
        long b = ok("POST", "/api/v1/tickets", centre.kioskToken(), "{\"service\":\"B\"}").get("id").asLong();
        clock.advance(Duration.ofSeconds(150));
        JsonNode v = visit(b);
        assertThat(v.get("services")).hasSize(1);
        assertThat(v.get("toCome")).isEmpty();
        assertThat(v.get("totalWaitMinutes").asInt()).isEqualTo(2); // whole minutes waited
        ok("POST", "/api/v1/tickets/" + b + "/cancel", centre.kioskToken(), null);
        assertThat(visit(b).get("services")).isEmpty(); // cancelled before any call: no wait to show
        assertThat(visit(b).get("totalWaitMinutes").asInt()).isZero();
    }
}

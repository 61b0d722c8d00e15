package vn.motcua.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre.Response;

/**
 * A visit with two procedures: one number, the first service, then the next service's queue; and the ticket
 * page's view of the visit (GET /api/v1/tickets/{id}, public): each service's wait, growing while it waits, the
 * total over both services, what is still to come, the segment the visit is in now, and the same total as the
 * reports' severalServices.totalWait.
 */
class SeveralServicesTest extends CentreOnTestClock {
    private Response issue(String body) {
        return centre.call("POST", "/api/v1/tickets", centre.kioskToken(), body);
    }

    @Test
    void badPlansAreRefusedAndIssueNothing() {
        assertThat(issue("{\"service\":\"A\",\"thenServices\":[\"Z\"]}").body().get("error").get("message").asText())
                .contains("thenServices").contains("Z");
        assertThat(issue("{\"service\":\"A\",\"thenServices\":[\"A\"]}").status()).isEqualTo(400);
        assertThat(issue("{\"service\":\"A\",\"thenServices\":[\"B\",\"B\"]}").status()).isEqualTo(400);
        assertThat(issue("{\"service\":\"A\",\"thenServices\":[\"B\",\"C\",\"D\",\"E\"]}").status()).isEqualTo(400);
        assertThat(issue("{\"service\":\"A\",\"thenServices\":\"B\"}").status()).isEqualTo(400);
        JsonNode first = issue("{\"service\":\"A\"}").body();
        assertThat(first.get("number").asText()).isEqualTo("A0001");
    }

    @Test
    void theTicketKeepsItsNumberIntoTheNextServiceAndTheReportsCountBoth() {
        String officerA = centre.officerAt(2); // A
        String officerC = centre.officerAt(5); // C
        Response r = issue("{\"service\":\"A\",\"category\":\"NORMAL\",\"thenServices\":[\"C\"]}");
        assertThat(r.status()).isEqualTo(201);
        long a = r.body().get("id").asLong();
        clock.advance(Duration.ofMinutes(2));
        long c1 = issue("{\"service\":\"C\",\"category\":\"NORMAL\"}").body().get("id").asLong();
        clock.advance(Duration.ofMinutes(3));
        ok("POST", "/api/v1/counters/2/next", officerA, null); // A0001 waited 5 min
        // finishing is the only way on: a wrong transition first, which changes nothing
        assertThat(centre.call("POST", "/api/v1/tickets/" + a + "/finish", officerA, "{\"outcome\":\"RECEIVED\"}").status())
                .isEqualTo(409);
        ok("POST", "/api/v1/tickets/" + a + "/start", officerA, null);
        clock.advance(Duration.ofMinutes(10));
        JsonNode done = ok("POST", "/api/v1/tickets/" + a + "/finish", officerA, "{\"outcome\":\"RECEIVED\"}");
        assertThat(done.get("state").asText()).isEqualTo("DONE");

        // C's queue now holds A0001 under its own number, ahead of C0001 by its original arrival
        JsonNode desk = ok("GET", "/api/v1/counters/5/waiting", officerC, null).get("waiting");
        assertThat(desk).extracting(w -> w.get("number").asText()).containsExactly("A0001", "C0001");
        assertThat(desk.get(0).get("service").asText()).isEqualTo("C");
        // its time in this queue counts from when it joined it
        assertThat(desk.get(0).get("waitedMinutes").asDouble()).isEqualTo(0.0);
        long next = desk.get(0).get("id").asLong();
        assertThat(next).isNotEqualTo(a);
        clock.advance(Duration.ofMinutes(4));
        JsonNode called = ok("POST", "/api/v1/counters/5/next", officerC, null);
        assertThat(called.get("id").asLong()).isEqualTo(next);
        assertThat(called.get("number").asText()).isEqualTo("A0001");
        ok("POST", "/api/v1/tickets/" + next + "/start", officerC, null);
        clock.advance(Duration.ofMinutes(6));
        ok("POST", "/api/v1/tickets/" + next + "/finish", officerC, "{\"outcome\":\"RECEIVED\"}");
        // the plan is over: nothing more is queued
        assertThat(ok("GET", "/api/v1/counters/5/waiting", officerC, null).get("waiting"))
                .extracting(w -> w.get("id").asLong()).containsExactly(c1);

        JsonNode s = ok("GET", "/api/v1/reports/summary?from=2026-03-02&to=2026-03-02", centre.managerToken(), null);
        // A0001 counts in A (waited 5) and in C (waited 4 in C's queue); C0001 still waits
        assertThat(s.get("visits").asInt()).isEqualTo(3);
        JsonNode byService = s.get("byService");
        assertThat(byService.get(0).get("key").asText()).isEqualTo("A");
        assertThat(byService.get(0).get("visits").asInt()).isEqualTo(1);
        assertThat(byService.get(0).get("wait").get("mean").asDouble()).isEqualTo(5.0);
        assertThat(byService.get(2).get("key").asText()).isEqualTo("C");
        assertThat(byService.get(2).get("visits").asInt()).isEqualTo(2);
        assertThat(byService.get(2).get("wait").get("mean").asDouble()).isEqualTo(4.0);
        assertThat(byService.get(2).get("received").asInt()).isEqualTo(1);
        JsonNode several = s.get("severalServices");
        assertThat(several.get("visits").asInt()).isEqualTo(1);
        assertThat(several.get("serviceVisits").asInt()).isEqualTo(2);
        assertThat(several.get("totalWait").get("mean").asDouble()).isEqualTo(9.0);
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

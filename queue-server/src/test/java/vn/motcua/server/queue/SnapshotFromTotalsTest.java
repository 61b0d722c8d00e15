package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.TestCentre;
import vn.motcua.server.ticket.IssueLimits;

/**
 * GET /api/v1/queue reads the trigger-kept totals and the day's calls by index; after a random mix of issues,
 * calls, recalls, transfers and cancels it must say what counting the waiting rows and walking the log said.
 */
class SnapshotFromTotalsTest {
    private static final String[] SERVICES = {"A", "B", "C"};
    private static final String[] CATEGORIES = {"NORMAL", "ELDERLY", "PREGNANT"};
    private TestCentre centre;

    @BeforeEach
    void start() throws Exception {
        centre = new TestCentre();
        // about 40 tickets in a few seconds from the demo's one kiosk: over the flood limit (IssueLimitTest),
        // which this test is not about
        centre.app.components().issueLimiter().limits(IssueLimits.OFF);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void snapshotMatchesTheOldComputationOnARandomQueue() {
        Random random = new Random(20);
        String officer = centre.officerAt(2);
        List<Long> issued = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int roll = random.nextInt(10);
            if (roll < 5 || issued.isEmpty()) {
                issued.add(centre.issue(SERVICES[random.nextInt(SERVICES.length)],
                        CATEGORIES[random.nextInt(CATEGORIES.length)]).body().get("id").asLong());
            } else if (roll < 8) {
                var called = centre.call("POST", "/api/v1/counters/2/next", officer, null);
                if (called.status() == 200) {
                    long id = called.body().get("id").asLong();
                    if (roll == 6) {
                        centre.call("POST", "/api/v1/tickets/" + id + "/recall", officer, null);
                    }
                    if (roll == 7) {
                        centre.call("POST", "/api/v1/tickets/" + id + "/transfer", officer,
                                "{\"service\":\"" + SERVICES[random.nextInt(SERVICES.length)] + "\"}");
                    } else {
                        centre.call("POST", "/api/v1/tickets/" + id + "/start", officer, null);
                        centre.call("POST", "/api/v1/tickets/" + id + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");
                    }
                }
            } else {
                long id = issued.get(random.nextInt(issued.size()));
                centre.call("POST", "/api/v1/tickets/" + id + "/cancel", centre.kioskToken(), null);
            }
        }
        JsonNode snapshot = centre.call("GET", "/api/v1/queue", null, null).body();

        Map<String, Integer> counted = centre.app.components().db().read(c -> {
            Map<String, Integer> m = new HashMap<>();
            for (var row : Sql.list(c, "SELECT service_code, COUNT(*) FROM ticket WHERE state = 'WAITING' GROUP BY service_code",
                    rs -> Map.entry(rs.getString(1), rs.getInt(2)))) {
                m.put(row.getKey(), row.getValue());
            }
            return m;
        });
        Map<String, Integer> shown = new HashMap<>();
        snapshot.get("services").forEach(s -> shown.put(s.get("code").asText(), s.get("waiting").asInt()));
        assertThat(counted.values().stream().mapToInt(Integer::intValue).sum()).as("the mix left a queue").isPositive();
        for (var e : shown.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(counted.getOrDefault(e.getKey(), 0));
        }
        assertThat(shown.keySet()).containsAll(counted.keySet());

        List<Long> shownCalls = new ArrayList<>();
        snapshot.get("lastCalls").forEach(call -> shownCalls.add(call.get("ticketId").asLong()));
        List<Long> oldCallTickets = centre.app.components().db().read(c -> Sql.list(c, "SELECT ticket_id FROM event WHERE "
                + "type IN ('ticket.called', 'ticket.recalled') ORDER BY id DESC LIMIT 12", rs -> rs.getLong(1)));
        assertThat(oldCallTickets).isNotEmpty();
        assertThat(shownCalls).isEqualTo(oldCallTickets);
    }
}

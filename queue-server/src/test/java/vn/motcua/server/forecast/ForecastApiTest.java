package vn.motcua.server.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre.Response;

/**
 * The forecast through the real API: a ticket's range, the board's figure, the estimate recorded at issue and
 * scored against the call, and the accuracy the manager sees next to the naive estimate's.
 */
class ForecastApiTest extends CentreOnTestClock {
    @Test
    void ticketsGetARangeTheEstimateIsRecordedAndScored() throws Exception {
        String officer = centre.officerAt(2);
        for (int i = 0; i < 6; i++) {
            assertThat(centre.issue("A", "NORMAL").status()).isEqualTo(201);
        }
        centre.app.forecasts().refresh();
        Response seventh = centre.issue("A", "NORMAL");
        JsonNode range = seventh.body().get("estimatedWaitRange");
        int minutes = seventh.body().get("estimatedWaitMinutes").asInt();
        assertThat(range).as(seventh.body().toString()).isNotNull();
        assertThat(range.get("low").asInt()).isLessThanOrEqualTo(minutes);
        assertThat(range.get("high").asInt()).isGreaterThanOrEqualTo(minutes).isGreaterThan(range.get("low").asInt());
        // Six ahead at one counter: the wait is several service times, not zero and not hours.
        assertThat(minutes).isBetween(10, 180);
        long id = seventh.body().get("id").asLong();

        // The phone page's view and the board carry the same kind of figures.
        JsonNode view = centre.call("GET", "/api/v1/tickets/" + id, null, null).body();
        assertThat(view.get("estimatedWaitRange")).isNotNull();
        JsonNode board = centre.call("GET", "/api/v1/queue", null, null).body();
        JsonNode a = null;
        for (JsonNode s : board.get("services")) {
            if (s.get("code").asText().equals("A")) {
                a = s;
            }
        }
        assertThat(a.get("estimatedWaitRange").get("high").asInt()).isGreaterThan(0);

        // Serve everybody: 5 minutes each, so the seventh is called 35 minutes after issue.
        for (int i = 0; i < 7; i++) {
            Response next = centre.call("POST", "/api/v1/counters/2/next", officer, null);
            long t = next.body().get("id").asLong();
            clock.advance(Duration.ofSeconds(30));
            ok("POST", "/api/v1/tickets/" + t + "/start", officer, null);
            clock.advance(Duration.ofSeconds(270));
            ok("POST", "/api/v1/tickets/" + t + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");
        }
        JsonNode acc = centre.call("GET", "/api/v1/reports/wait-accuracy?from=2026-03-02&to=2026-03-02",
                centre.managerToken(), null).body();
        JsonNode period = acc.get("period");
        assertThat(period.get("tickets").asInt()).isEqualTo(7);
        assertThat(period.get("mae").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(period.get("naiveMae").isNull()).isFalse();
        assertThat(acc.get("yesterday").get("tickets").asInt()).isZero();
        int stored = centre.app.components().db().read(c -> (int) vn.motcua.server.storage.Sql.count(c,
                "SELECT COUNT(*) FROM wait_estimate WHERE ticket_id = ? AND minutes = ? AND low_minutes = ? "
                        + "AND called_at - given_at BETWEEN 30 * 60000 AND 31 * 60000", id, minutes, range.get("low").asInt()));
        assertThat(stored).isEqualTo(1);
        assertThat(centre.call("GET", "/api/v1/reports/wait-accuracy", null, null).status()).isEqualTo(401);

        // The per-visit export carries the estimate given at issue beside the actual wait; a visit still
        // waiting (no call, no start, no end) is a row with those cells empty, not a storage failure.
        assertThat(centre.issue("A", "NORMAL").status()).isEqualTo(201);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(centre.url
                + "/api/v1/reports/visits?format=csv&from=2026-03-02&to=2026-03-02"))
                .header("Authorization", "Bearer " + centre.managerToken()).build();
        String csv = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8)).body();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(9);
        assertThat(lines[8]).contains(",A0008,A,NORMAL,").contains(",WAITING,");
        assertThat(lines[0]).startsWith("\uFEFFMã lượt / Visit id").contains("Estimate at issue");
        String seventhRow = java.util.Arrays.stream(lines).filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        assertThat(seventhRow).contains(",A0007,A,NORMAL,2026-03-02 08:00:00,2026-03-02 08:30:00,")
                .contains(",2,").contains(",DONE,RECEIVED,," + minutes + "," + range.get("low").asInt() + ",")
                .endsWith(",30.00,4.50");
        assertThat(centre.call("GET", "/api/v1/reports/wait-accuracy?from=yesterday", centre.managerToken(), null).status())
                .isEqualTo(400);
    }
}

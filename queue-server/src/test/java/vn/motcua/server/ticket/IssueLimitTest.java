package vn.motcua.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import vn.motcua.server.storage.Sql;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;

/** A flood of POST /api/v1/tickets from one token is refused long before the service's numbers run out. */
class IssueLimitTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    @AutoClose
    private final TestCentre centre = new TestCentre(clock);

    private int issue(String token) {
        return centre.call("POST", "/api/v1/tickets", token, "{\"service\":\"C\"}").status();
    }

    @Test
    void aKioskFloodIsRefusedAfterItsBurstTheManagerIsToldAndOthersStillGetNumbers() {
        int created = 0;
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            int s = issue(centre.kioskToken());
            created += s == 201 ? 1 : 0;
            refused += s == 429 ? 1 : 0;
        }
        assertThat(created).isEqualTo(IssueLimits.DEFAULTS.deviceBurst());
        assertThat(refused).isEqualTo(300 - created);

        // an officer and the manager are limited on their own, smaller, buckets
        String officer = centre.officerAt(1);
        int officerCreated = 0;
        for (int i = 0; i < 50; i++) {
            officerCreated += issue(officer) == 201 ? 1 : 0;
        }
        assertThat(officerCreated).isEqualTo(IssueLimits.DEFAULTS.userBurst());

        // the manager's live view names the kiosk and the officer
        String live = centre.call("GET", "/api/v1/reports/live", centre.managerToken(), null).body().toString();
        assertThat(live).contains("\"kind\":\"burst\"").contains("kiosk-1").contains("officer1");

        // the kiosk gets back to one ticket every two seconds as time passes
        clock.advance(Duration.ofSeconds(2));
        assertThat(issue(centre.kioskToken())).isEqualTo(201);
        assertThat(issue(centre.kioskToken())).isEqualTo(429);
        // and the day's numbers are nowhere near used up
        long last = centre.app.components().db().read(c -> Sql.count(c,
                "SELECT MAX(last_value) FROM number_sequence WHERE service_code = 'C'"));
        assertThat(last).isEqualTo(created + officerCreated + 1);
    }

    @Test
    void oneCallerMayNotTakeMoreThanItsShareOfAServicesNumbers() {
        var limiter = centre.app.components().issueLimiter();
        limiter.limits(new IssueLimits(Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 1, 10, 10, 50));
        int created = 0;
        for (int i = 0; i < 60; i++) {
            if (issue(centre.kioskToken()) == 201) {
                created++;
            }
        }
        assertThat(created).isEqualTo(50);
        TestCentre.Response refused = centre.call("POST", "/api/v1/tickets", centre.kioskToken(), "{\"service\":\"C\"}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().get("error").get("code").asText()).isEqualTo("daily_share_used");
        // someone else still gets the next number; another service is untouched
        assertThat(centre.call("POST", "/api/v1/tickets", centre.officerAt(1), "{\"service\":\"C\"}").body()
                .get("number").asText()).isEqualTo("C0051");
        assertThat(centre.call("POST", "/api/v1/tickets", centre.kioskToken(), "{\"service\":\"A\"}").status()).isEqualTo(201);
    }
}

package vn.motcua.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.TestCentre;

class AuditTrailTest {
    @AutoClose
    private final TestCentre centre = new TestCentre();

    @Test
    void staffActionsAndLoginAttemptsAreRecordedWithoutBodiesAndDeviceTrafficIsNot() {
        String officer = centre.officerAt(2);
        centre.call("POST", "/api/v1/auth/login", null, "{\"username\":\"officer2\",\"password\":\"wrong-password\"}");
        centre.call("POST", "/api/v1/counters/2/open", officer, null);
        centre.issue("A", "NORMAL"); // a kiosk: not a staff action
        centre.call("POST", "/api/v1/counters/2/next", officer, null);
        centre.call("GET", "/api/v1/counters", officer, null); // reads are not recorded

        JsonNode trail = centre.call("GET", "/api/v1/audit", centre.managerToken(), null).body();

        assertThat(trail.findValuesAsText("path")).contains("/api/v1/counters/2/open", "/api/v1/counters/2/next")
                .doesNotContain("/api/v1/tickets", "/api/v1/counters");
        assertThat(trail.toString()).contains("\"username\":\"officer2\"", "\"role\":\"officer\"", "\"status\":401")
                .doesNotContain("wrong-password");
        assertThat(centre.call("GET", "/api/v1/audit", officer, null).status()).isEqualTo(403);
        assertThat(centre.call("GET", "/api/v1/audit?from=yesterday", centre.managerToken(), null).status()).isEqualTo(400);
    }

    @Test
    void failedLoginFloodsDoNotPushStaffActionsOutNewestFirstWithPagingAndFilters() {
        String officer = centre.officerAt(2);
        centre.call("POST", "/api/v1/counters/2/pause", officer, null);
        // 5,300 failed logins for made-up names, written straight to the trail (the HTTP throttle would slow
        // such a flood to a crawl, which LoginThrottleTest shows; here only the trail's reading is tested)
        centre.app.components().db().transaction(c -> {
            for (int i = 0; i < 5300; i++) {
                vn.motcua.server.storage.Sql.update(c, "INSERT INTO audit (at, username, method, path, status, ip) "
                        + "VALUES (?, ?, 'POST', '/api/v1/auth/login', 401, '10.9.9.9')", System.currentTimeMillis() - 1000, "ghost" + i);
            }
            return null;
        });
        centre.call("POST", "/api/v1/counters/2/open", officer, null);
        String manager = centre.managerToken();

        JsonNode page = centre.call("GET", "/api/v1/audit", manager, null).body();
        assertThat(page.size()).isEqualTo(500);
        assertThat(page.get(0).get("path").asText()).as("newest first").isEqualTo("/api/v1/auth/login"); // the manager's own login
        assertThat(page.get(1).get("path").asText()).isEqualTo("/api/v1/counters/2/open");
        assertThat(page.get(0).get("id").asLong()).isGreaterThan(page.get(1).get("id").asLong());

        JsonNode next = centre.call("GET", "/api/v1/audit?before=" + page.get(499).get("id").asLong(), manager, null).body();
        assertThat(next.get(0).get("id").asLong()).isEqualTo(page.get(499).get("id").asLong() - 1);

        JsonNode mine = centre.call("GET", "/api/v1/audit?user=officer2", manager, null).body();
        assertThat(mine.findValuesAsText("path")).containsExactly("/api/v1/counters/2/open", "/api/v1/counters/2/pause",
                "/api/v1/counters/2/open", "/api/v1/auth/login");
        assertThat(centre.call("GET", "/api/v1/audit?path=/api/v1/counters/&status=200&limit=2", manager, null).body()
                .findValuesAsText("path")).containsExactly("/api/v1/counters/2/open", "/api/v1/counters/2/pause");
        assertThat(centre.call("GET", "/api/v1/audit?ip=10.9.9.9&limit=5000", manager, null).body().size()).isEqualTo(5000);
        assertThat(centre.call("GET", "/api/v1/audit?limit=0", manager, null).status()).isEqualTo(400);
    }
}

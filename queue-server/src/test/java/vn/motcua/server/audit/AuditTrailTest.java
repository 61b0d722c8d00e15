package vn.motcua.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.TestCentre;

class AuditTrailTest {
    private TestCentre centre;

    @BeforeEach
    void start() throws Exception {
        centre = new TestCentre();
    }

    @AfterEach
    void stop() {
        centre.close();
    }

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
}

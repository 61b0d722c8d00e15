package vn.motcua.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.TestCentre;

/**
 * /api/v1/tickets/{id}/identity over real HTTP: the officer serving a ticket types the citizen's identity
 * at the counter; it is checked by the kiosk's typed-identity rules, kept as TYPED_BY_OFFICER with who typed
 * it, answered masked, audited, and refused whole when a field or the counter is wrong.
 */
class CounterIdentitiesTest {
    private static final String GOOD = "{\"number\":\"001203012345\",\"name\":\"Nguye\u0302\u0303n  Văn An\","
            + "\"dateOfBirth\":\"2003-08-15\",\"sex\":\"Nam\",\"address\":\"Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội\"}";
    private final TestCentre centre = new TestCentre();
    private final String officer;
    private final long ticket;

    CounterIdentitiesTest() throws Exception {
        officer = centre.officerAt(2);
        assertThat(centre.issue("A", "NORMAL").status()).isEqualTo(201);
        TestCentre.Response called = centre.call("POST", "/api/v1/counters/2/next", officer, null);
        assertThat(called.status()).isEqualTo(200);
        ticket = called.body().get("id").asLong();
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private TestCentre.Response type(String token, long id, String body) {
        return centre.call("POST", "/api/v1/tickets/" + id + "/identity", token, body);
    }

    private long rows() {
        return centre.app.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM counter_identity"));
    }

    @Test
    void theOfficerServingTheTicketTypesItKeptAsTypedByOfficerAnsweredMaskedAndAudited() {
        TestCentre.Response r = type(officer, ticket, GOOD);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("source").asText()).isEqualTo("TYPED_BY_OFFICER");
        assertThat(r.body().get("numberMasked").asText()).isEqualTo("********2345");
        assertThat(r.body().get("name").asText()).isEqualTo("Nguyễn Văn An"); // NFC, one space
        assertThat(r.body().get("toCheck")).isEmpty();
        assertThat(r.body().toString()).doesNotContain("001203012345");

        TestCentre.Response shown = centre.call("GET", "/api/v1/tickets/" + ticket + "/identity", officer, null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("numberMasked").asText()).isEqualTo("********2345");
        assertThat(shown.body().toString()).doesNotContain("001203012345");

        // the store keeps the whole number and who typed it
        String stored = centre.app.components().db().read(c -> Sql.one(c, "SELECT i.number || '/' || u.username || '/' || "
                + "i.source FROM counter_identity i JOIN app_user u ON u.id = i.user_id", rs -> rs.getString(1))).orElseThrow();
        assertThat(stored).isEqualTo("001203012345/officer2/TYPED_BY_OFFICER");

        String trail = centre.call("GET", "/api/v1/audit?path=/api/v1/tickets/" + ticket + "/identity", centre.managerToken(),
                null).body().toString();
        assertThat(trail).contains("\"username\":\"officer2\"").contains("\"method\":\"POST\"").contains("\"method\":\"GET\"")
                .doesNotContain("001203012345");
    }

    @Test
    void whatTheNumberContradictsIsMarkedToCheckAsAtTheKiosk() {
        TestCentre.Response r = type(officer, ticket, "{\"number\":\"999199012345\",\"name\":\"Trần Văn Bình\","
                + "\"dateOfBirth\":\"2003-08-15\",\"sex\":\"Nam\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("toCheck").toString()).isEqualTo("[\"number\",\"sex\"]");
    }

    @Test
    void aBadFieldIsRefusedByNameAndNothingIsStored() {
        assertThat(type(officer, ticket, GOOD.replace("001203012345", "00120301234")).body().toString())
                .contains("invalid_field").contains("'number'");
        assertThat(type(officer, ticket, GOOD.replace("2003-08-15", "2003-02-30")).body().toString()).contains("'dateOfBirth'");
        assertThat(type(officer, ticket, GOOD.replace("\"Nam\"", "\"M\"")).body().toString()).contains("'sex'");
        assertThat(type(officer, ticket, GOOD.replace("Văn An", "An <b>")).status()).isEqualTo(400);
        assertThat(type(officer, ticket, GOOD.replace("Hà Nội", "Hà Nội\u202e")).body().toString()).contains("'address'");
        assertThat(type(officer, ticket, "{").status()).isEqualTo(400);
        assertThat(rows()).isZero();
        assertThat(centre.call("GET", "/api/v1/tickets/" + ticket + "/identity", officer, null).status()).isEqualTo(404);
    }

    @Test
    void onlyTheTicketBeingServedAtTheOfficersOwnCounter() {
        String other = centre.officerAt(1);
        assertThat(type(other, ticket, GOOD).status()).isEqualTo(409);
        long waiting = centre.issue("A", "NORMAL").body().get("id").asLong();
        assertThat(type(officer, waiting, GOOD).status()).isEqualTo(409);
        assertThat(type(centre.kioskToken(), ticket, GOOD).status()).isEqualTo(403);
        assertThat(rows()).isZero();
    }
}

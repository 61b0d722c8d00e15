package vn.motcua.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.auth.Role;
import vn.motcua.server.support.TestCentre;

/** POST /api/v1/identity-reads: a read is the reading device's own, validated, rate-limited and audited. */
class IdentityReadsTest {
    private final TestCentre centre = new TestCentre();

    IdentityReadsTest() throws Exception {
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private TestCentre.Response read(String token, String body) {
        return centre.call("POST", "/api/v1/identity-reads", token, body);
    }

    @Test
    void aReadBelongsToTheDeviceThatMadeItAndIsAudited() {
        TestCentre.Response r = read(centre.kioskToken(), "{\"source\":\"qr\",\"number\":\"001089012345\",\"name\":\"Nguyễn Văn An\","
                + "\"dateOfBirth\":\"1989-05-12\",\"sex\":\"Nam\",\"address\":\"Hà Nội\"}");
        assertThat(r.status()).isEqualTo(201);
        String token = r.body().get("identityToken").asText();
        var reads = new IdentityReads(centre.app.components().db(), centre.app.components().clock());
        var kiosk = centre.app.components().auth().authenticate(centre.kioskToken()).orElseThrow();
        String other = centre.app.components().auth().addDevice(Role.KIOSK, "kiosk-2");
        var otherKiosk = centre.app.components().auth().authenticate(other).orElseThrow();
        assertThat(reads.find(token, kiosk)).get().extracting(IdentityReads.Read::number).isEqualTo("001089012345");
        assertThat(reads.find(token, otherKiosk)).isEmpty();
        assertThat(reads.find("made-up", kiosk)).isEmpty();

        String trail = centre.call("GET", "/api/v1/audit?path=/api/v1/identity-reads", centre.managerToken(), null).body().toString();
        assertThat(trail).contains("\"username\":\"kiosk-1\"").doesNotContain("001089012345");
    }

    @Test
    void badFieldsTheWrongSourceAndAFloodAreRefused() {
        String kiosk = centre.kioskToken();
        assertThat(read(kiosk, "{\"source\":\"qr\",\"number\":\"12345\"}").status()).isEqualTo(400);
        assertThat(read(kiosk, "{\"source\":\"officer\",\"number\":\"001089012345\"}").status()).isEqualTo(400);
        assertThat(read(kiosk, "{\"source\":\"qr\",\"number\":\"001089012345\",\"name\":\"An\\r\\nGỌI 0900\"}").status())
                .isEqualTo(400);
        assertThat(read(centre.boardToken(), "{\"source\":\"qr\",\"number\":\"001089012345\"}").status()).isEqualTo(403);
        int created = 0;
        for (int i = 0; i < 30; i++) {
            created += read(kiosk, "{\"source\":\"qr\",\"number\":\"0010890123" + String.format("%02d", i) + "\"}").status() == 201 ? 1 : 0;
        }
        assertThat(created).isBetween(IdentityReads.BURST, IdentityReads.BURST + 1);
        // an officer checks a card at the counter
        assertThat(read(centre.officerAt(1), "{\"source\":\"officer\",\"number\":\"001089012345\"}").status()).isEqualTo(201);
    }
}

package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.TestCentre;

/** Issue 16, citizens' documents: each request the outside test sent, and the answer it gets now. */
class DossierSecurityTest {
    private static final String CITIZEN = "001203012345"; // the demo citizen, who holds a birth certificate (KQ0001)
    private static final String CARD = "{\"source\":\"qr\",\"number\":\"" + CITIZEN + "\",\"name\":\"Nguyễn Văn An\","
            + "\"dateOfBirth\":\"2003-08-15\",\"sex\":\"Nam\",\"address\":\"Số 5 ngõ 12, Phường Suối Hoa, Bắc Ninh\"}";
    private final TestCentre centre = new TestCentre();

    DossierSecurityTest() throws Exception {
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private String readCard(String card) {
        TestCentre.Response r = centre.call("POST", "/api/v1/identity-reads", centre.kioskToken(), card);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(201);
        return r.body().get("identityToken").asText();
    }

    /** Judicial record (service E): reuses the held birth certificate. */
    private String judicialRecord(String requestId, String number, String name, String token) {
        return "{\"requestId\":\"" + requestId + "\",\"procedure\":\"2.000488\",\"declaration\":{\"number\":\"" + number
                + "\",\"name\":\"" + name + "\",\"dateOfBirth\":\"2003-08-15\",\"sex\":\"Nam\",\"address\":\"Bắc Ninh\","
                + "\"purpose\":\"Xin việc\"},\"documents\":[{\"position\":0,\"action\":\"DECLARATION\"},{\"position\":1,"
                + "\"action\":\"PAPER\"},{\"position\":2,\"action\":\"REUSE\"}],\"consent\":{\"given\":true,\"textVersion\":"
                + "\"dossier-consent-v1\"}" + (token == null ? "" : ",\"identityToken\":\"" + token + "\"") + "}";
    }

    /** A judicial record of the demo citizen, filed by the kiosk after reading the card. */
    private JsonNode filedAfterARead(String requestId) {
        return centre.call("POST", "/api/v1/dossiers", centre.kioskToken(), judicialRecord(requestId, CITIZEN, "An", readCard(CARD)))
                .body();
    }

    private long dossiers() {
        return centre.app.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM dossier"));
    }

    @Test
    void reuseNeedsACardReadInThisSessionOfThatPerson() {
        // the request: someone else's number, REUSE, no card read
        TestCentre.Response noRead = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(),
                judicialRecord("r1", CITIZEN, "Người Khác", null));
        assertThat(noRead.status()).isEqualTo(403);
        assertThat(noRead.body().at("/error/code").asText()).isEqualTo("identity_not_read");
        // a card read of another person does not open this one's documents
        String other = readCard("{\"source\":\"qr\",\"number\":\"079203099999\",\"name\":\"Trần Thị Bình\"}");
        assertThat(centre.call("POST", "/api/v1/dossiers", centre.kioskToken(), judicialRecord("r2", CITIZEN, "X", other))
                .status()).isEqualTo(403);
        // nor a read made by another kiosk
        String kiosk2 = centre.app.components().auth().addDevice(vn.motcua.server.auth.Role.KIOSK, "kiosk-2");
        assertThat(centre.call("POST", "/api/v1/dossiers", kiosk2, judicialRecord("r3", CITIZEN, "X", readCard(CARD)))
                .status()).isEqualTo(403);
        assertThat(dossiers()).isZero();

        // the citizen's own card read: filed, and the identity is the card's, not what was typed
        TestCentre.Response filed = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(),
                judicialRecord("r4", CITIZEN, "CẢNH BÁO HỆ THỐNG LỖI GỌI", readCard(CARD)));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        assertThat(filed.body().get("applicantName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(filed.body().at("/declaration/number").asText()).isEqualTo("********2345");
        assertThat(filed.body().toString()).doesNotContain(CITIZEN);
    }

    @Test
    void declaredTextIsCheckedWhenItIsNotTheCards() {
        // an OCR read: the citizen may correct what OCR got wrong, so the typed values stand, and are checked
        String ocr = readCard("{\"source\":\"ocr\",\"number\":\"" + CITIZEN + "\"}");
        for (String name : new String[] {"CẢNH BÁO: HỆ THỐNG LỖI - GỌI 0900", "An\\r\\nGỌI 0900", "An\\u0000", "An\\u202eBình"}) {
            TestCentre.Response r = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(),
                    judicialRecord("n" + name.length(), CITIZEN, name, ocr));
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.body().at("/error/message").asText()).contains("declaration.name");
        }
        String nfd = java.text.Normalizer.normalize("Nguyễn Văn Ân", java.text.Normalizer.Form.NFD);
        TestCentre.Response ok = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(), judicialRecord("nfd", CITIZEN, nfd, ocr));
        assertThat(ok.status()).isEqualTo(201);
        String stored = centre.app.components().db().read(c -> Sql.one(c, "SELECT applicant_name FROM dossier",
                rs -> rs.getString(1))).orElseThrow();
        assertThat(stored).isEqualTo("Nguyễn Văn Ân").isNotEqualTo(nfd);
        // "true" for the consent is not consent
        TestCentre.Response text = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(),
                judicialRecord("c1", CITIZEN, "An", ocr).replace("\"given\":true", "\"given\":\"true\""));
        assertThat(text.status()).isEqualTo(400);
    }

    @Test
    void citizenDocumentQueriesNeedTheReadAndAreLimitedAndAudited() {
        String query = "{\"owner\":\"" + CITIZEN + "\",\"procedure\":\"2.000488\"";
        assertThat(centre.call("POST", "/api/v1/citizen-documents/query", centre.kioskToken(), query + "}").status())
                .isEqualTo(403);
        String token = readCard(CARD);
        TestCentre.Response held = centre.call("POST", "/api/v1/citizen-documents/query", centre.kioskToken(),
                query + ",\"identityToken\":\"" + token + "\"}");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body().at("/documents/2/held").asBoolean()).isTrue();
        // an officer may ask about anyone, a few times a minute
        String officer = centre.officerAt(7);
        int answered = 0;
        for (int i = 0; i < 20; i++) {
            answered += centre.call("POST", "/api/v1/citizen-documents/query", officer, query + "}").status() == 200 ? 1 : 0;
        }
        assertThat(answered).isEqualTo(DossierService.QUERY_BURST);
        JsonNode trail = centre.call("GET", "/api/v1/audit?path=/api/v1/citizen-documents/query&limit=100",
                centre.managerToken(), null).body();
        assertThat(trail.findValuesAsText("username")).contains("kiosk-1", "officer7");
        assertThat(trail.toString()).doesNotContain(CITIZEN);
    }

    @Test
    void officersReadOnlyTheirCountersDossiersEveryReadIsAuditedNothingIsCached() throws Exception {
        String token = readCard(CARD);
        String e = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(), judicialRecord("e1", CITIZEN, "An", token))
                .body().get("code").asText();
        String b = centre.call("POST", "/api/v1/dossiers", centre.kioskToken(), "{\"requestId\":\"b1\",\"procedure\":\"2.000884\","
                + "\"declaration\":{\"number\":\"" + CITIZEN + "\",\"name\":\"An\"},\"documents\":[{\"position\":0,\"action\":"
                + "\"PAPER\"},{\"position\":1,\"action\":\"PAPER\"}],\"consent\":{\"given\":true,\"textVersion\":"
                + "\"dossier-consent-v1\"},\"identityToken\":\"" + token + "\"}").body().get("code").asText();
        String counter7 = centre.officerAt(7); // services E and F
        assertThat(centre.call("GET", "/api/v1/dossiers/" + e, counter7, null).status()).isEqualTo(200);
        assertThat(centre.call("GET", "/api/v1/dossiers/" + b, counter7, null).status()).isEqualTo(403);
        assertThat(centre.call("GET", "/api/v1/dossiers/" + b + "/documents/0", counter7, null).status()).isEqualTo(403);
        JsonNode list = centre.call("GET", "/api/v1/dossiers", counter7, null).body().get("dossiers");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("code").asText()).isEqualTo(e);
        assertThat(centre.call("GET", "/api/v1/dossiers/" + b, centre.officerAt(4), null).status()).isEqualTo(200);
        String manager = centre.managerToken();
        assertThat(centre.call("GET", "/api/v1/dossiers/" + b, manager, null).status()).isEqualTo(200);
        // a document without a stored file (the declaration) is 404, not 500; the reused one is served
        assertThat(centre.call("GET", "/api/v1/dossiers/" + e + "/documents/0", manager, null).status()).isEqualTo(404);
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(centre.url
                + "/api/v1/dossiers/" + e + "/documents/2")).header("Authorization", "Bearer " + counter7).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> view = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(centre.url
                + "/api/v1/dossiers/" + e)).header("Authorization", "Bearer " + counter7).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(view.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(view.body()).doesNotContain(CITIZEN).contains("********2345");

        JsonNode trail = centre.call("GET", "/api/v1/audit?user=officer7&method=GET", manager, null).body();
        assertThat(trail.findValuesAsText("path")).contains("/api/v1/dossiers/" + e, "/api/v1/dossiers/" + e + "/documents/2",
                "/api/v1/dossiers/" + b);
    }

    @Test
    void anOfficerReadsAnotherServicesDossierOnlyWhileServingItsTicket() {
        JsonNode filed = filedAfterARead("s1");
        String code = filed.get("code").asText();
        long ticket = filed.at("/ticket/id").asLong();
        String officer = centre.officerAt(7);
        assertThat(centre.call("POST", "/api/v1/counters/7/next", officer, null).body().get("id").asLong()).isEqualTo(ticket);
        // the centre moves service E off counter 7 while its officer serves this visitor
        centre.app.components().db().transaction(c -> Sql.update(c,
                "DELETE FROM counter_service WHERE counter_number = 7 AND service_code = 'E'"));
        assertThat(centre.call("GET", "/api/v1/dossiers/" + code, officer, null).status()).as("the ticket at the counter")
                .isEqualTo(200);
        centre.call("POST", "/api/v1/tickets/" + ticket + "/start", officer, null);
        assertThat(centre.call("POST", "/api/v1/tickets/" + ticket + "/finish", officer, "{\"outcome\":\"RECEIVED\"}").status())
                .isEqualTo(200);
        assertThat(centre.call("GET", "/api/v1/dossiers/" + code, officer, null).status()).as("the visit has ended")
                .isEqualTo(403);
    }

    @Test
    void thePublicLookUpNeedsTheReceiptsKeyAndTicketViewsNameNoOfficer() {
        JsonNode filed = filedAfterARead("l1");
        String code = filed.get("code").asText();
        String url = filed.get("lookupUrl").asText();
        assertThat(url).contains("/hs/" + code + "?k=");
        String k = url.substring(url.indexOf("?k=") + 3);
        assertThat(k).matches("[a-z2-9]{8}");
        // guessing sequential codes: nothing answers without the key
        String prefix = code.substring(0, code.lastIndexOf('-') + 1);
        int answered = 0;
        for (int i = 1; i <= 30; i++) {
            answered += centre.call("GET", "/api/v1/dossiers/lookup/" + prefix + String.format("%04d", i), null, null).status()
                    == 200 ? 1 : 0;
        }
        assertThat(answered).isZero();
        assertThat(centre.call("GET", "/api/v1/dossiers/lookup/" + code + "?k=aaaaaaaa", null, null).status()).isEqualTo(404);
        TestCentre.Response look = centre.call("GET", "/api/v1/dossiers/lookup/" + code + "?k=" + k, null, null);
        assertThat(look.status()).isEqualTo(200);
        assertThat(look.body().has("applicantName")).isFalse();

        // the verification ticket, called and viewed publicly: no officer username in it
        String officer = centre.officerAt(7);
        centre.call("POST", "/api/v1/counters/7/next", officer, null);
        String ticket = centre.call("GET", "/api/v1/tickets/" + filed.at("/ticket/id").asLong(), null, null).body().toString();
        assertThat(ticket).contains("ticket.called").doesNotContain("officer7");
    }
}

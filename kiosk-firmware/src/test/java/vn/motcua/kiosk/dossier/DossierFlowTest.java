package vn.motcua.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.client.dossier.Consent;
import vn.motcua.client.dossier.DocumentChoice;
import vn.motcua.client.dossier.DossierSubmission;
import vn.motcua.client.dossier.IdentityRead;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.kiosk.support.KioskRig;
import vn.motcua.kiosk.support.QrReader;
import vn.motcua.kiosk.support.SimKioskTest;

/**
 * The dossier flow through the kiosk's local API against a real queue server: identify by QR, find the
 * procedure with and without marks, reuse a held document, capture one, consent, submit, receipt with a
 * readable QR, look-up; and a second dossier reusing what the first digitised.
 */
class DossierFlowTest extends SimKioskTest {
    static final String DEMO_QR = "001203012345||Nguyễn Văn An|15082003|Nam|Số 5 ngõ 12, Phường Suối Hoa, Thành phố Bắc Ninh, Tỉnh Bắc Ninh|01062021";

    private JsonNode ok(KioskRig.Reply r, int status) {
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(status);
        return r.body();
    }

    private void identify() throws Exception {
        ok(rig.kiosk("POST", "/local/dossier/session", null), 201);
        assertThat(ok(rig.kiosk("GET", "/local/dossier/identity", null), 200).path("identified").asBoolean()).isFalse();
        ok(rig.kiosk("POST", "/local/sim/scan", rig.json(java.util.Map.of("payload", DEMO_QR))), 204);
    }

    private String declaration(String procedure) {
        String extra = procedure.equals("2.000488") ? ",\"dateOfBirth\":\"2003-08-15\",\"sex\":\"Nam\",\"address\":\"Số 5 ngõ 12, "
                + "Phường Suối Hoa, Thành phố Bắc Ninh, Tỉnh Bắc Ninh\",\"purpose\":\"Xin việc\"" : "";
        return "{\"number\":\"001203012345\",\"name\":\"Nguyễn Văn An\"" + extra + "}";
    }

    @Test
    void submitsWithReuseAndCaptureThenASecondDossierReusesTheCapture() throws Exception {
        identify();
        JsonNode id = ok(rig.kiosk("GET", "/local/dossier/identity", null), 200);
        assertThat(id.at("/fields/name").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(id.path("maskedNumber").asText()).isEqualTo("********2345");

        JsonNode withMarks = ok(rig.kiosk("GET", "/local/dossier/procedures?q=l%C3%BD%20l%E1%BB%8Bch", null), 200);
        JsonNode without = ok(rig.kiosk("GET", "/local/dossier/procedures?q=ly%20lich", null), 200);
        assertThat(withMarks.path("procedures")).hasSize(1);
        assertThat(without.path("procedures").get(0).path("code").asText()).isEqualTo("2.000488");
        assertThat(ok(rig.kiosk("GET", "/local/dossier/procedures", null), 200).path("procedures").size())
                .isGreaterThanOrEqualTo(8);

        JsonNode held = ok(rig.kiosk("GET", "/local/dossier/held/2.000488", null), 200).path("documents");
        assertThat(held.get(2).path("held").asBoolean()).as("KQ0001 from the demo store").isTrue();
        assertThat(held.get(2).path("name").asText()).isEqualTo("********2345.KQ0001");
        assertThat(held.get(1).path("held").asBoolean()).as("KQ0003 not yet held").isFalse();

        Path card = Golden("cards").filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
        ok(rig.kiosk("POST", "/local/sim/document-camera", rig.json(java.util.Map.of("file", card.toAbsolutePath().toString()))), 204);
        JsonNode shot = ok(rig.kiosk("POST", "/local/dossier/capture", "{\"position\":1}"), 201);
        assertThat(shot.path("preview").asText()).startsWith("data:image/jpeg;base64,");

        String documents = "[{\"position\":0,\"action\":\"DECLARATION\"},{\"position\":1,\"action\":\"UPLOAD\"},"
                + "{\"position\":2,\"action\":\"REUSE\"}]";
        KioskRig.Reply silent = rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000488\",\"declaration\":"
                + declaration("2.000488") + ",\"documents\":" + documents + ",\"consent\":{\"given\":false}}");
        assertThat(silent.status()).isEqualTo(400);
        assertThat(silent.body().at("/error/code").asText()).isEqualTo("consent_required");
        assertThat(Files.exists(printed) ? Files.list(printed).count() : 0).as("nothing printed without consent").isZero();

        JsonNode done = ok(rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000488\",\"declaration\":"
                + declaration("2.000488") + ",\"documents\":" + documents
                + ",\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"}}"), 201);
        String code = done.at("/dossier/code").asText();
        assertThat(code).matches("H27\\.99-\\d{6}-0001");
        assertThat(done.path("printed").asBoolean()).isTrue();
        assertThat(done.at("/dossier/ticket/number").asText()).startsWith("E");
        assertThat(done.toString()).doesNotContain("001203012345");

        Path png;
        try (Stream<Path> files = Files.list(printed)) {
            png = files.filter(p -> p.toString().endsWith(".png")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        String qr = QrReader.read(ImageIO.read(png.toFile()));
        assertThat(qr).contains("/hs/" + code + "?k=");
        String k = qr.substring(qr.indexOf("?k=") + 3);

        // the code alone (sequential, guessable) opens nothing; with the receipt's key it does
        assertThat(rig.kiosk("GET", "/local/dossier/lookup/" + code, null).status()).isEqualTo(404);
        JsonNode look = ok(rig.kiosk("GET", "/local/dossier/lookup/" + code + "?k=" + k, null), 200);
        assertThat(look.path("statusVi").asText()).isEqualTo("Đã tiếp nhận");
        assertThat(look.has("applicantName")).isFalse();
        assertThat(rig.kiosk("GET", "/local/dossier/identity", null).status()).as("session closed after submit").isEqualTo(409);

        // second dossier: the identity card copy digitised above is reused, not asked for again
        identify();
        JsonNode held2 = ok(rig.kiosk("GET", "/local/dossier/held/2.000884", null), 200).path("documents");
        assertThat(held2.get(0).path("held").asBoolean()).isTrue();
        assertThat(held2.get(0).path("name").asText()).isEqualTo("********2345.KQ0003");
        JsonNode second = ok(rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000884\",\"declaration\":"
                + declaration("2.000884") + ",\"documents\":[{\"position\":0,\"action\":\"REUSE\"},{\"position\":1,\"action\":\"PAPER\"}]"
                + ",\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"}}"), 201);
        assertThat(second.at("/dossier/code").asText()).endsWith("-0002");
        JsonNode officerView = rig.managerGet("/api/v1/dossiers/" + second.at("/dossier/code").asText());
        assertThat(officerView.at("/documents/0/source").asText()).isEqualTo("REUSE");
        assertThat(officerView.at("/documents/0/storedAs").asText()).isEqualTo("********2345.KQ0003");
        assertThat(officerView.at("/declaration/name").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(officerView.at("/declaration/number").asText()).as("masked by the server").isEqualTo("********2345");
        assertThat(officerView.path("identitySource").asText()).isEqualTo("QR");
    }

    @Test
    void theChipReadAfterTheQrIsRecordedAsTheDossiersIdentitySource() throws Exception {
        ok(rig.kiosk("POST", "/local/sim/card", rig.json(java.util.Map.of("qr", DEMO_QR))), 204);
        identify();
        JsonNode before = ok(rig.kiosk("GET", "/local/dossier/identity", null), 200);
        assertThat(before.path("source").asText()).isEqualTo("QR");
        assertThat(before.path("chipNext").asBoolean()).isTrue();
        JsonNode chip = ok(rig.kiosk("POST", "/local/dossier/identity/chip", null), 200);
        assertThat(chip.path("source").asText()).isEqualTo("CHIP_VERIFIED");
        assertThat(chip.path("passiveAuthentication").asText()).isEqualTo("VERIFIED");
        assertThat(chip.path("fields")).isEqualTo(before.path("fields"));
        JsonNode filed = ok(rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000884\",\"declaration\":"
                + declaration("2.000884") + ",\"documents\":[{\"position\":0,\"action\":\"PAPER\"},{\"position\":1,\"action\":\"PAPER\"}]"
                + ",\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"}}"), 201);
        JsonNode officerView = rig.managerGet("/api/v1/dossiers/" + filed.at("/dossier/code").asText());
        assertThat(officerView.path("identitySource").asText()).isEqualTo("CHIP_VERIFIED");
    }

    @Test
    void anIdentityTypedWithoutACardIsFiledAsTypedAndOpensNoStoredDocuments() throws Exception {
        ok(rig.kiosk("POST", "/local/dossier/session", null), 201);
        String typed = "{\"number\":\"001203012345\",\"name\":\" Nguyễn  Văn An \",\"dateOfBirth\":\"2003-08-15\","
                + "\"sex\":\"Nam\",\"address\":\"Số 5 ngõ 12, Phường Suối Hoa, Thành phố Bắc Ninh, Tỉnh Bắc Ninh\"}";
        KioskRig.Reply shortNumber = rig.kiosk("POST", "/local/dossier/identity/typed", typed.replace("001203012345", "00120301234"));
        assertThat(shortNumber.status()).isEqualTo(400);
        assertThat(shortNumber.body().at("/error/message").asText()).contains("'number'").contains("12 chữ số");
        KioskRig.Reply tomorrow = rig.kiosk("POST", "/local/dossier/identity/typed", typed.replace("2003-08-15", "2099-01-01"));
        assertThat(tomorrow.body().at("/error/message").asText()).contains("'dateOfBirth'");
        assertThat(ok(rig.kiosk("GET", "/local/dossier/identity", null), 200).path("identified").asBoolean())
                .as("a refused entry changes nothing").isFalse();

        JsonNode id = ok(rig.kiosk("POST", "/local/dossier/identity/typed", typed), 200);
        assertThat(id.path("source").asText()).isEqualTo("TYPED");
        assertThat(id.at("/fields/name").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(id.path("maskedNumber").asText()).isEqualTo("********2345");
        assertThat(id.has("chipNext")).as("no QR, no chip key").isFalse();
        // typing someone's number shows nothing of what they hold, and cannot reuse it
        KioskRig.Reply held = rig.kiosk("GET", "/local/dossier/held/2.000884", null);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.body().at("/error/code").asText()).isEqualTo("typed_identity");
        KioskRig.Reply reuse = rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000884\",\"declaration\":"
                + declaration("2.000884") + ",\"documents\":[{\"position\":0,\"action\":\"REUSE\"},{\"position\":1,\"action\":\"PAPER\"}]"
                + ",\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"}}");
        assertThat(reuse.body().at("/error/code").asText()).isEqualTo("typed_identity");
        // nor can a kiosk that says TYPED to the server directly, with a read token of that number
        QueueClient kiosk = new QueueClient(rig.serverUrl, rig.kioskToken());
        String token = kiosk.recordIdentityRead(new IdentityRead("ocr", "001203012345", "Nguyễn Văn An", "2003-08-15", "Nam",
                null)).identityToken();
        assertThatThrownBy(() -> kiosk.submitDossier(new DossierSubmission("typed-1",
                "2.000884", java.util.Map.of("number", "001203012345", "name", "Nguyễn Văn An"),
                java.util.List.of(new DocumentChoice(0, "REUSE", null), new DocumentChoice(1, "PAPER", null)),
                new Consent(true, "dossier-consent-v1"), null, IdentitySource.TYPED, token)))
                .isInstanceOfSatisfying(QueueApiException.class, e -> assertThat(e.code()).isEqualTo("typed_identity"));

        JsonNode filed = ok(rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000884\",\"declaration\":"
                + declaration("2.000884") + ",\"documents\":[{\"position\":0,\"action\":\"PAPER\"},{\"position\":1,\"action\":\"PAPER\"}]"
                + ",\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"}}"), 201);
        JsonNode officerView = rig.managerGet("/api/v1/dossiers/" + filed.at("/dossier/code").asText());
        assertThat(officerView.path("identitySource").asText()).isEqualTo("TYPED");
    }

    @Test
    void refusesMissingDocumentsAndForeignNumbersWithoutFilingAnything() throws Exception {
        identify();
        KioskRig.Reply missing = rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000884\",\"declaration\":"
                + declaration("2.000884") + ",\"documents\":[{\"position\":1,\"action\":\"PAPER\"}]"
                + ",\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"}}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/error/code").asText()).isEqualTo("document_missing");
        KioskRig.Reply notHeld = rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000884\",\"declaration\":"
                + declaration("2.000884") + ",\"documents\":[{\"position\":0,\"action\":\"REUSE\"},{\"position\":1,\"action\":\"PAPER\"}]"
                + ",\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"}}");
        assertThat(notHeld.body().at("/error/code").asText()).isEqualTo("not_held");
        KioskRig.Reply other = rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000884\",\"declaration\":"
                + "{\"number\":\"079203099999\",\"name\":\"X\"},\"documents\":[],\"consent\":{\"given\":true}}");
        assertThat(other.status()).isEqualTo(400);
        assertThat(rig.events()).noneMatch(e -> e.type().equals("ticket.issued"));
        assertThat(rig.managerGet("/api/v1/dossiers").path("dossiers")).isEmpty();
    }

    private static Stream<Path> Golden(String folder) throws Exception {
        return vn.motcua.kiosk.support.Golden.inputs(folder, "g");
    }

    @Test
    void aCardReadOnTheGreetingOpensTheDossierAndItsAgeMakesTheTicketElderly() throws Exception {
        String elderly = "027050000123||Lê Văn Hùng|30091950|Nam|Thôn Đông, Phù Chẩn, Bắc Ninh|10032021";
        // scanned on the idle screen, before "Nộp hồ sơ": no session yet
        ok(rig.kiosk("POST", "/local/sim/scan", rig.json(java.util.Map.of("payload", elderly))), 204);
        ok(rig.kiosk("POST", "/local/dossier/session", null), 201);
        JsonNode id = ok(rig.kiosk("GET", "/local/dossier/identity", null), 200);
        assertThat(id.path("identified").asBoolean()).as("no second scan needed").isTrue();
        assertThat(id.path("maskedNumber").asText()).isEqualTo("********0123");
        // no category chosen on the page: the card's 76 years decide
        JsonNode done = ok(rig.kiosk("POST", "/local/dossier/submit", "{\"procedure\":\"2.000884\",\"declaration\":"
                + "{\"number\":\"027050000123\",\"name\":\"Lê Văn Hùng\"},\"documents\":[{\"position\":0,\"action\":\"PAPER\"},"
                + "{\"position\":1,\"action\":\"PAPER\"}],\"consent\":{\"given\":true,\"textVersion\":\"dossier-consent-v1\"}}"), 201);
        JsonNode ticket = rig.managerGet("/api/v1/tickets/" + done.at("/dossier/ticket/id").asLong());
        assertThat(ticket.path("number").asText()).isEqualTo(done.at("/dossier/ticket/number").asText());
        assertThat(ticket.path("category").asText()).isEqualTo("ELDERLY");

        // the end of the visit drops a card that was read but never used
        ok(rig.kiosk("POST", "/local/sim/scan", rig.json(java.util.Map.of("payload", elderly))), 204);
        rig.kiosk("DELETE", "/local/dossier/session", null);
        ok(rig.kiosk("POST", "/local/dossier/session", null), 201);
        assertThat(ok(rig.kiosk("GET", "/local/dossier/identity", null), 200).path("identified").asBoolean()).isFalse();
    }
}

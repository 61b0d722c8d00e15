package vn.motcua.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.dossier.Consent;
import vn.motcua.client.dossier.DocumentChoice;
import vn.motcua.client.dossier.DossierSubmission;
import vn.motcua.client.dossier.DossierView;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.client.dossier.UploadPart;

/** The client against a real HTTP server on loopback that answers what each test sets up. */
class QueueClientTest {
    private HttpServer http;
    private final AtomicReference<String> lastRequest = new AtomicReference<>();
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "{}";
    private QueueClient client;

    @BeforeEach
    void start() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            lastRequest.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                    + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            if (status == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        http.start();
        client = new QueueClient("http://127.0.0.1:" + http.getAddress().getPort() + "/", "kiosk-token");
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    @Test
    void aRefusalCarriesTheServersCodeAndItsOwnWords() {
        status = 400;
        answer = "{\"error\":{\"code\":\"consent_required\",\"message\":\"Cần sự đồng ý\"}}";

        assertThatThrownBy(() -> client.submitDossier(new DossierSubmission("r1", "2.000488", Map.of(), List.of(),
                new Consent(false, "v1"), null, null, null)))
                .isInstanceOfSatisfying(QueueApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("consent_required");
                    assertThat(e.serverMessage()).isEqualTo("Cần sự đồng ý");
                    assertThat(e.getMessage()).isEqualTo("POST /api/v1/dossiers → 400: Cần sự đồng ý");
                    assertThat(e.refused()).isTrue();
                    assertThat(e.unreachable()).isFalse();
                });
    }

    @Test
    void anAnswerNotInTheErrorShapeKeepsItsRawBody() {
        status = 502;
        answer = "<html>bad gateway</html>";

        assertThatThrownBy(() -> client.lookupDossier("H27.99-261123-0001", "abcd2345"))
                .isInstanceOfSatisfying(QueueApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("http_502");
                    assertThat(e.serverMessage()).isEqualTo("<html>bad gateway</html>");
                    assertThat(e.refused()).isFalse();
                });
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        QueueClient away = new QueueClient("http://127.0.0.1:" + port, null);

        assertThatThrownBy(away::queue).isInstanceOfSatisfying(QueueApiException.class,
                e -> assertThat(e.unreachable()).isTrue());
        assertThat(away.healthy()).isFalse();
    }

    @Test
    void typedCallsSendTheContractsPathsAndBodies() throws Exception {
        answer = "{\"code\":\"H27.99-261123-0001\",\"status\":\"RECEIVED\",\"statusVi\":\"Đã tiếp nhận\","
                + "\"procedure\":{\"code\":\"2.000488\"},\"receivedAt\":\"2026-11-23T09:00:00.5+07:00\","
                + "\"history\":[{\"at\":\"2026-11-23T09:00:00.5+07:00\",\"status\":\"RECEIVED\",\"statusVi\":\"Đã tiếp nhận\"}]}";

        DossierView view = client.submitDossier(new DossierSubmission("r1", "2.000488", Map.of("number", "001089012345"),
                List.of(new DocumentChoice(1, "UPLOAD", 77L)), new Consent(true, "dossier-consent-v1"), Category.ELDERLY,
                IdentitySource.CHIP_VERIFIED, "read-token"));

        assertThat(lastRequest.get()).isEqualTo("POST /api/v1/dossiers Bearer kiosk-token");
        var sent = Json.mapper().readTree(lastBody.get());
        assertThat(sent.at("/documents/0/uploadId").asLong()).isEqualTo(77);
        assertThat(sent.at("/consent/given").asBoolean()).isTrue();
        assertThat(sent.path("category").asText()).isEqualTo("ELDERLY");
        assertThat(sent.path("identitySource").asText()).isEqualTo("CHIP_VERIFIED");
        assertThat(sent.path("identityToken").asText()).isEqualTo("read-token");
        assertThat(view.code()).isEqualTo("H27.99-261123-0001");
        assertThat(view.receivedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(view.history()).singleElement().extracting(h -> h.status()).isEqualTo("RECEIVED");

        answer = "{\"received\":30720}";
        assertThat(client.uploadPart(77, new UploadPart(0, "AAAA")).received()).isEqualTo(30720);
        assertThat(lastRequest.get()).startsWith("POST /api/v1/dossier-uploads/77/parts ");

        answer = "{\"services\":[]}";
        client.searchProcedures("lý lịch", "A");
        assertThat(lastRequest.get()).startsWith("GET /api/v1/procedures?q=l%C3%BD+l%E1%BB%8Bch&service=A ");
    }

    @Test
    void aLookUpWithoutPersonalDataLeavesThoseFieldsOutOfTheJson() throws Exception {
        DossierView publicView = new DossierView("H27.99-261123-0001", "RECEIVED", "Đã tiếp nhận", null, "A", null, null,
                "http://c/hs/x", "********2345", null, null, null, null, null, List.of(), null);

        var json = Json.mapper().readTree(Json.mapper().writeValueAsString(publicView));

        assertThat(json.has("applicantName")).isFalse();
        assertThat(json.has("declaration")).isFalse();
        assertThat(json.has("documents")).isFalse();
        assertThat(json.has("applicantMasked")).isTrue();
    }

    @Test
    void noContentIsNull() {
        status = 204;

        client.reportDeviceStatus(new DeviceStatusReport("printer", DeviceState.OFFLINE, DeviceCode.PAPER_OUT, "paper end"));

        assertThat(lastBody.get()).contains("\"state\":\"OFFLINE\"").contains("\"code\":\"PAPER_OUT\"");
    }

    @Test
    void eventTypesKeepTheirWireNames() {
        for (EventType t : EventType.values()) {
            assertThat(EventType.of(t.wire())).isSameAs(t);
        }
        assertThat(EventType.of("ticket.teleported")).isNull();
        assertThat(new QueueEvent(1, "ticket.no_show", null, null, null, null, null, null, null, null, 0, null)
                .eventType()).isEqualTo(EventType.TICKET_NO_SHOW);
    }
}

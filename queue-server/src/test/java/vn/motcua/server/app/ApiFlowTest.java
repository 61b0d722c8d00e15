package vn.motcua.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import vn.motcua.client.EventStream;
import vn.motcua.client.QueueEvent;
import vn.motcua.server.support.TestCentre;
import vn.motcua.server.support.TestCentre.Response;

/** The pinned HTTP contract over real HTTP against a real SQLite file. */
class ApiFlowTest {
    @AutoClose
    private final TestCentre centre = new TestCentre();

    @Test
    void healthAndServicesInVietnamese() {
        Response health = centre.call("GET", "/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("ok");
        Response services = centre.call("GET", "/api/v1/services", null, null);
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.body()).hasSizeGreaterThanOrEqualTo(6);
        String name = services.body().get(0).get("nameVi").asText();
        assertThat(name).isEqualTo("Hộ tịch");
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void issueNumbersPerServiceWithPositionAndEstimate() {
        Response a1 = centre.issue("A", "NORMAL");
        Response a2 = centre.issue("A", "NORMAL");
        Response b1 = centre.issue("B", "NORMAL");
        assertThat(a1.status()).isEqualTo(201);
        assertThat(a1.body().get("number").asText()).isEqualTo("A0001");
        assertThat(a2.body().get("number").asText()).isEqualTo("A0002");
        assertThat(b1.body().get("number").asText()).isEqualTo("B0001");
        assertThat(a2.body().get("ahead").asInt()).isEqualTo(1);
        assertThat(a2.body().get("estimatedWaitMinutes").asInt()).isPositive();
        assertThat(a2.body().get("state").asText()).isEqualTo("WAITING");
        assertThat(a2.body().get("statusUrl").asText()).endsWith("/t/" + a2.body().get("id").asLong());
        assertThat(a2.body().get("issuedAt").asText()).endsWith("+07:00");
        for (String field : List.of("id", "number", "service", "category", "state", "issuedAt", "ahead",
                "estimatedWaitMinutes", "statusUrl")) {
            assertThat(a1.body().has(field)).as(field).isTrue();
        }
    }

    @Test
    void aRetriedRequestIdReturnsTheSameTicket() {
        String body = "{\"service\":\"A\",\"category\":\"NORMAL\",\"requestId\":\"kiosk-1-42\"}";
        Response first = centre.call("POST", "/api/v1/tickets", centre.kioskToken(), body);
        Response again = centre.call("POST", "/api/v1/tickets", centre.kioskToken(), body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
        assertThat(centre.issue("A", "NORMAL").body().get("number").asText()).isEqualTo("A0002");
    }

    @Test
    void wholeFlowWithHistory() {
        long id = centre.issue("A", "NORMAL").body().get("id").asLong();
        String officer = centre.officerAt(2);
        Response called = centre.call("POST", "/api/v1/counters/2/next", officer, null);
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.body().get("id").asLong()).isEqualTo(id);
        assertThat(called.body().get("state").asText()).isEqualTo("CALLED");
        assertThat(called.body().get("counter").asInt()).isEqualTo(2);
        Response recalled = centre.call("POST", "/api/v1/tickets/" + id + "/recall", officer, null);
        assertThat(recalled.body().get("recalls").asInt()).isEqualTo(1);
        assertThat(centre.call("POST", "/api/v1/tickets/" + id + "/start", officer, null).body().get("state").asText())
                .isEqualTo("SERVING");
        Response done = centre.call("POST", "/api/v1/tickets/" + id + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().get("state").asText()).isEqualTo("DONE");

        JsonNode history = centre.call("GET", "/api/v1/tickets/" + id, null, null).body().get("history");
        List<String> types = new ArrayList<>();
        history.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("ticket.issued", "ticket.called", "ticket.recalled", "ticket.started",
                "ticket.finished");
        assertThat(history.get(4).get("detail").asText()).isEqualTo("RECEIVED");
        assertThat(history.get(1).get("officer").isNull()).as("the public view names no officer").isTrue();
        JsonNode staffView = centre.call("GET", "/api/v1/tickets/" + id, officer, null).body().get("history");
        assertThat(staffView.get(1).get("officer").asText()).isEqualTo("officer2");
        assertThat(history.get(1).get("counter").asInt()).isEqualTo(2);
        assertThat(centre.call("POST", "/api/v1/counters/2/next", officer, null).status()).isEqualTo(204);
    }

    @Test
    void noShowNeedsTheRecallsAndCanBeReinstated() {
        long id = centre.issue("A", "NORMAL").body().get("id").asLong();
        String officer = centre.officerAt(2);
        centre.call("POST", "/api/v1/counters/2/next", officer, null);
        Response early = centre.call("POST", "/api/v1/tickets/" + id + "/no-show", officer, null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("error").get("code").asText()).isEqualTo("invalid_transition");
        centre.call("POST", "/api/v1/tickets/" + id + "/recall", officer, null);
        assertThat(centre.call("POST", "/api/v1/tickets/" + id + "/no-show", officer, null).body().get("state").asText())
                .isEqualTo("NO_SHOW");
        Response back = centre.call("POST", "/api/v1/tickets/" + id + "/reinstate", officer, null);
        assertThat(back.body().get("state").asText()).isEqualTo("WAITING");
        assertThat(centre.call("POST", "/api/v1/counters/2/next", officer, null).body().get("id").asLong()).isEqualTo(id);
    }

    @Test
    void cancelAndTransfer() {
        long a = centre.issue("A", "NORMAL").body().get("id").asLong();
        assertThat(centre.call("POST", "/api/v1/tickets/" + a + "/cancel", centre.kioskToken(), null).body().get("state")
                .asText()).isEqualTo("CANCELLED");
        assertThat(centre.call("POST", "/api/v1/tickets/" + a + "/cancel", centre.kioskToken(), null).status()).isEqualTo(409);

        long b = centre.issue("A", "ELDERLY").body().get("id").asLong();
        String officer = centre.officerAt(2);
        centre.call("POST", "/api/v1/counters/2/next", officer, null);
        Response moved = centre.call("POST", "/api/v1/tickets/" + b + "/transfer", officer, "{\"service\":\"B\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("number").asText()).isEqualTo("B0001");
        assertThat(moved.body().get("state").asText()).isEqualTo("WAITING");
        assertThat(moved.body().get("category").asText()).isEqualTo("ELDERLY");
        assertThat(centre.call("GET", "/api/v1/tickets/" + b, null, null).body().get("state").asText()).isEqualTo("TRANSFERRED");
        // The counter is free again after the transfer.
        assertThat(centre.call("POST", "/api/v1/counters/2/next", officer, null).status()).isEqualTo(204);
    }

    @Test
    void transferKeepsTheOriginalArrival() {
        long early = centre.issue("A", "NORMAL").body().get("id").asLong();
        centre.issue("B", "NORMAL");
        String a = centre.officerAt(2);
        centre.call("POST", "/api/v1/counters/2/next", a, null);
        long moved = centre.call("POST", "/api/v1/tickets/" + early + "/transfer", a, "{\"service\":\"B\"}").body()
                .get("id").asLong();
        String b = centre.officerAt(4);
        // B0001 was issued before the transfer, but the transferred visitor arrived earlier.
        assertThat(centre.call("POST", "/api/v1/counters/4/next", b, null).body().get("id").asLong()).isEqualTo(moved);
    }

    @Test
    void malformedAndInvalidBodiesAre400AndChangeNothing() throws Exception {
        centre.issue("A", "NORMAL");
        JsonNode before = centre.call("GET", "/api/v1/queue", null, null).body();
        String kiosk = centre.kioskToken();
        assertError(centre.call("POST", "/api/v1/tickets", kiosk, "{\"service\":"), 400, "invalid_json");
        assertError(centre.call("POST", "/api/v1/tickets", kiosk, "{\"service\":\"A\",\"name\":\"x\"}"), 400, "invalid_field");
        assertThat(centre.call("POST", "/api/v1/tickets", kiosk, "{\"service\":\"A\",\"name\":\"x\"}").body().get("error")
                .get("message").asText()).contains("'name'");
        assertError(centre.call("POST", "/api/v1/tickets", kiosk, "{\"category\":\"NORMAL\"}"), 400, "invalid_field");
        assertError(centre.call("POST", "/api/v1/tickets", kiosk, "{\"service\":\"A\",\"category\":\"VIP\"}"), 400,
                "invalid_field");
        assertError(centre.call("POST", "/api/v1/tickets", kiosk, "{\"service\":\"Q\"}"), 400, "invalid_field");
        assertError(centre.call("POST", "/api/v1/tickets", kiosk, "[]"), 400, "invalid_field");
        assertError(centre.call("POST", "/api/v1/tickets", kiosk, ""), 400, "invalid_json");
        assertThat(statusOfAnnouncedBody("/api/v1/tickets", kiosk, 100_000)).startsWith("HTTP/1.1 413");
        assertError(centre.call("GET", "/api/v1/tickets/abc", null, null), 400, "invalid_field");
        assertError(centre.call("GET", "/api/v1/tickets/999", null, null), 404, "not_found");
        JsonNode after = centre.call("GET", "/api/v1/queue", null, null).body();
        assertThat(after.get("lastEventId")).isEqualTo(before.get("lastEventId"));
        assertThat(after.get("services")).isEqualTo(before.get("services"));
    }

    /**
     * Sends only the headers of a POST announcing {@code length} bytes and reads the status line: a body too
     * large must be refused before any of it is read. (Sending the body as well races the server's answer
     * against the reset of the connection it closes under the upload.)
     */
    private String statusOfAnnouncedBody(String path, String token, int length) throws java.io.IOException {
        java.net.URI uri = java.net.URI.create(centre.url);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void authAndRoles() {
        assertError(centre.call("POST", "/api/v1/tickets", null, "{\"service\":\"A\"}"), 401, "unauthorized");
        assertError(centre.call("POST", "/api/v1/tickets", "forged-token", "{\"service\":\"A\"}"), 401, "unauthorized");
        assertError(centre.call("POST", "/api/v1/tickets", centre.boardToken(), "{\"service\":\"A\"}"), 403, "role_forbidden");
        assertError(centre.call("POST", "/api/v1/auth/login", null, "{\"username\":\"officer2\",\"password\":\"wrong-pass\"}"),
                401, "unauthorized");

        long id = centre.issue("A", "NORMAL").body().get("id").asLong();
        String two = centre.officerAt(2);
        String three = centre.officerAt(3);
        assertError(centre.call("POST", "/api/v1/counters/2/next", three, null), 403, "forbidden");
        assertError(centre.call("POST", "/api/v1/counters/3/open", two, null), 409, "invalid_transition");
        centre.call("POST", "/api/v1/counters/2/next", two, null);
        assertError(centre.call("POST", "/api/v1/tickets/" + id + "/start", three, null), 403, "forbidden");
        assertError(centre.call("POST", "/api/v1/tickets/" + id + "/start", centre.kioskToken(), null), 403, "role_forbidden");
        assertError(centre.call("POST", "/api/v1/tickets/" + id + "/finish", two, "{\"outcome\":\"RECEIVED\"}"), 409,
                "invalid_transition");
        assertError(centre.call("POST", "/api/v1/tickets/" + id + "/finish", two, "{\"outcome\":\"DONE\"}"), 400,
                "invalid_field");
        assertError(centre.call("GET", "/api/v1/devices", two, null), 403, "role_forbidden");
        assertThat(centre.call("GET", "/api/v1/devices", centre.managerToken(), null).status()).isEqualTo(200);
    }

    @Test
    void counterPauseAndClose() {
        String officer = centre.officerAt(2);
        assertThat(centre.call("POST", "/api/v1/counters/2/pause", officer, null).body().get("state").asText()).isEqualTo("PAUSED");
        centre.issue("A", "NORMAL");
        assertError(centre.call("POST", "/api/v1/counters/2/next", officer, null), 409, "invalid_transition");
        centre.call("POST", "/api/v1/counters/2/open", officer, null);
        centre.call("POST", "/api/v1/counters/2/next", officer, null);
        assertError(centre.call("POST", "/api/v1/counters/2/close", officer, null), 409, "invalid_transition");
        JsonNode counters = centre.call("GET", "/api/v1/queue", null, null).body().get("counters");
        assertThat(counters.get(1).get("currentNumber").asText()).isEqualTo("A0001");
        assertThat(counters.get(1).get("state").asText()).isEqualTo("OPEN");
    }

    @Test
    void deviceStatusReachesTheManager() {
        assertThat(centre.call("POST", "/api/v1/devices/status", centre.kioskToken(),
                "{\"part\":\"printer\",\"state\":\"OFFLINE\",\"code\":\"PAPER_OUT\",\"detail\":\"Hết giấy\"}").status())
                .isEqualTo(204);
        assertError(centre.call("POST", "/api/v1/devices/status", centre.kioskToken(),
                "{\"part\":\"printer\",\"state\":\"BROKEN\",\"code\":\"X\"}"), 400, "invalid_field");
        JsonNode devices = centre.call("GET", "/api/v1/devices", centre.managerToken(), null).body();
        JsonNode kiosk = null;
        for (JsonNode d : devices) {
            if (d.get("name").asText().equals("kiosk-1")) {
                kiosk = d;
            }
        }
        assertThat(kiosk).isNotNull();
        assertThat(kiosk.get("parts").get(0).get("code").asText()).isEqualTo("PAPER_OUT");
        // the event keeps the state as values and not the device's free text; the refused report wrote none
        List<String> details = centre.app.components().db().read(c -> vn.motcua.server.storage.Sql.list(c,
                "SELECT detail FROM event WHERE type = 'device.status' ORDER BY id", r -> r.getString(1)));
        assertThat(details).hasSize(1);
        assertThat(vn.motcua.server.device.DeviceStatusEvent.parse(details.get(0))).isEqualTo(new vn.motcua.server.device.DeviceStatusEvent(
                "kiosk-1", "printer", vn.motcua.client.DeviceState.OFFLINE, vn.motcua.client.DeviceCode.PAPER_OUT));
        assertThat(details.get(0)).doesNotContain("Hết giấy");
    }

    @Test
    void eventStreamReplaysWhatAReconnectingClientMissed() throws Exception {
        centre.issue("A", "NORMAL");
        centre.issue("B", "NORMAL");
        List<QueueEvent> seen = new CopyOnWriteArrayList<>();
        try (EventStream stream = EventStream.follow(centre.url, null, 1, seen::add).start()) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            centre.issue("C", "PREGNANT");
            while (seen.size() < 2 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        }
        assertThat(seen).extracting(QueueEvent::id).containsExactly(2L, 3L);
        assertThat(seen.get(1).number()).isEqualTo("C0001");
        assertThat(seen.get(1).category()).hasToString("PREGNANT");
    }

    @Test
    void eventStreamWithoutTheAcceptHeaderIs406NamingTheHeader() throws Exception {
        Response plain = centre.call("GET", "/api/v1/events", null, null);
        assertError(plain, 406, "not_acceptable");
        assertThat(plain.body().get("error").get("message").asText()).contains("Accept: text/event-stream");
        assertThat(centre.status("GET", "/api/v1/events", null, "application/json").code()).isEqualTo(406);
        assertThat(centre.status("GET", "/api/v1/events", null, "text/event-stream").code()).isEqualTo(200);
    }

    @Test
    void metricsCountQueueEvents() throws Exception {
        centre.issue("A", "NORMAL");
        String text = "";
        for (int i = 0; i < 50 && !text.contains("type=\"ticket.issued\""); i++) {
            Thread.sleep(20);
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(centre.url + "/metrics")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            text = r.body();
        }
        assertThat(text).contains("queue_events_total{service=\"A\",type=\"ticket.issued\"} 1.0");
    }

    private static void assertError(Response r, int status, String code) {
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(status);
        assertThat(r.body().get("error").get("code").asText()).isEqualTo(code);
        assertThat(r.body().get("error").get("message").asText()).isNotBlank();
    }
}

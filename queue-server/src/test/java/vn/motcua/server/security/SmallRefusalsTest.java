package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.TestCentre;

/** Issue 16, "small ones": each request the outside test sent, and the answer it gets now. */
class SmallRefusalsTest {
    private final TestCentre centre = new TestCentre();

    SmallRefusalsTest() throws Exception {
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private long changes() {
        return centre.app.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM event"))
                + centre.app.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM session"));
    }

    @Test
    void aJsonBodyNested5000DeepIs400NotA500() {
        long before = changes();
        for (String body : new String[] {"{\"a\":".repeat(5000) + "1" + "}".repeat(5000), "[".repeat(5000) + "]".repeat(5000)}) {
            TestCentre.Response r = centre.call("POST", "/api/v1/auth/login", null, body);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body().get("error").get("code").asText()).startsWith("invalid_");
        }
        assertThat(changes()).isEqualTo(before);
    }

    @Test
    void methodOverrideIsRefusedAndPausesNothing() {
        String officer = centre.officerAt(1);
        for (String path : new String[] {"/api/v1/counters/1/pause", "/api/v1/counters"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(centre.url + path))
                    .header("Authorization", "Bearer " + officer).header("X-HTTP-Method-Override", "POST").GET().build());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("method_override");
        }
        TestCentre.Response counters = centre.call("GET", "/api/v1/counters", officer, null);
        assertThat(counters.body().toString()).contains("\"state\":\"OPEN\"").doesNotContain("PAUSED");
    }

    @Test
    void aKeyGivenTwiceAndAStringForABooleanOrNumberAreRefused() {
        long before = changes();
        TestCentre.Response dup = centre.call("POST", "/api/v1/tickets", centre.kioskToken(), "{\"service\":\"A\",\"service\":\"B\"}");
        assertThat(dup.status()).isEqualTo(400);
        assertThat(dup.body().get("error").get("message").asText()).contains("'service'");
        // counter as a string, a boolean as a string: the JSON type must be the declared one
        String tablet = centre.ratingToken(1);
        assertThat(centre.call("POST", "/api/v1/ratings", tablet, "{\"counter\":\"1\",\"ticketId\":1,\"score\":\"SATISFIED\"}")
                .status()).isEqualTo(400);
        assertThat(centre.call("POST", "/api/v1/tickets", centre.kioskToken(), "{\"service\":1}").status()).isEqualTo(400);
        assertThat(changes()).isEqualTo(before);
        assertThat(centre.call("POST", "/api/v1/tickets", centre.kioskToken(), "{\"service\":\"A\"}").status()).isEqualTo(201);
    }

    @Test
    void statusUrlIsNotBuiltFromTheHostHeader() {
        // java.net.http will not send a Host header of our choosing, so a raw request goes over a socket
        String answer = raw("POST /api/v1/tickets HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer " + centre.kioskToken()
                + "\r\nContent-Type: application/json\r\nContent-Length: 15\r\nConnection: close\r\n\r\n{\"service\":\"A\"}");
        assertThat(answer).startsWith("HTTP/1.1 201").doesNotContain("evil.example")
                .contains("\"statusUrl\":\"" + centre.url + "/t/");
    }

    @Test
    void theDataFolderAndTheStoreAreOnlyTheServersOwn() throws Exception {
        // a new install, and one made before this rule with the umask's 0755/0644
        java.nio.file.Path fresh = Files.createTempDirectory("motcua-perm-").resolve("data");
        java.nio.file.Path old = Files.createTempDirectory("motcua-perm-");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));
        new vn.motcua.server.app.ServerApp(old, java.time.Clock.systemUTC(), null).close();
        Files.setPosixFilePermissions(old.resolve("queue.db"), PosixFilePermissions.fromString("rw-r--r--"));
        for (java.nio.file.Path dir : new java.nio.file.Path[] {fresh, old}) {
            try (var app = new vn.motcua.server.app.ServerApp(dir, java.time.Clock.systemUTC(), null)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("queue.db"))))
                        .isEqualTo("rw-------");
                if (Files.exists(dir.resolve("queue.db-wal"))) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("queue.db-wal"))))
                            .isEqualTo("rw-------");
                }
            }
        }
    }

    private HttpResponse<String> send(HttpRequest r) {
        try {
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String raw(String request) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", centre.app.port())) {
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

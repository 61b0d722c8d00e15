package vn.motcua.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import vn.motcua.client.Json;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.demo.DemoSeeder;

/** A demo centre on a temp SQLite file behind a real HTTP port, for tests. */
public final class TestCentre implements AutoCloseable {
    public final Path dataDir;
    public final ServerApp app;
    public final String url;
    public final JsonNode credentials;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.mapper();

    /** Unchecked, so that a test may start one in a field initialiser (closed by {@code @AutoClose}). */
    public TestCentre(Clock clock) {
        try {
            // -Dtest.data.root=/dev/shm lets a long fuzz run skip the disk's fsync; the code under test is the same
            String root = System.getProperty("test.data.root");
            this.dataDir = root == null ? Files.createTempDirectory("motcua-test-")
                    : Files.createTempDirectory(Path.of(root), "motcua-test-");
            this.app = new ServerApp(dataDir, clock, null);
            new DemoSeeder().seedIfEmpty(app.components(), dataDir);
            app.start("127.0.0.1", 0);
            this.url = "http://127.0.0.1:" + app.port();
            this.credentials = json.readTree(dataDir.resolve("demo-credentials.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestCentre() {
        this(Clock.systemUTC());
    }

    public record Response(int status, JsonNode body) {
    }

    public String kioskToken() {
        return credentials.get("kioskToken").asText();
    }

    public String boardToken() {
        return credentials.get("boardToken").asText();
    }

    /** The token of counter N's rating tablet (bound to that counter). */
    public String ratingToken(int counter) {
        return credentials.get("ratingTokens").get(Integer.toString(counter)).asText();
    }

    public String officerPassword(int counter) {
        return credentials.get("officers").get(counter - 1).get("password").asText();
    }

    public String managerToken() {
        return login("manager", credentials.get("manager").get("password").asText());
    }

    public String login(String username, String password) {
        Response r = call("POST", "/api/v1/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("login " + username + " → " + r);
        }
        return r.body().get("token").asText();
    }

    /** Logs officer N in and opens counter N. */
    public String officerAt(int counter) {
        String token = login("officer" + counter, officerPassword(counter));
        Response r = call("POST", "/api/v1/counters/" + counter + "/open", token, null);
        if (r.status() != 200) {
            throw new IllegalStateException("open " + counter + " → " + r);
        }
        return token;
    }

    public Response call(String method, String path, String token, String body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            b.header("Content-Type", "application/json");
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = r.body() == null || r.body().isEmpty() ? null : json.readTree(r.body());
            return new Response(r.statusCode(), node);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Only the status line: works for pages, files and event streams alike (the body is dropped unread,
     * so an endless stream does not block).
     */
    public record Status(int code, String body) {
    }

    public Status status(String method, String path, String token, String accept) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(java.time.Duration.ofSeconds(20));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            b.header("Content-Type", "application/json").header("Accept", accept);
            b.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
            HttpResponse<java.io.InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            String body = "";
            if (r.statusCode() >= 400) {
                body = new String(r.body().readNBytes(2000), java.nio.charset.StandardCharsets.UTF_8);
            }
            r.body().close();
            return new Status(r.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response issue(String service, String category) {
        return call("POST", "/api/v1/tickets", kioskToken(),
                "{\"service\":\"" + service + "\",\"category\":\"" + category + "\"}");
    }

    @Override
    public void close() {
        app.close();
    }
}

package vn.motcua.server.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import vn.motcua.client.Json;
import vn.motcua.server.auth.PasswordHasher;

/** A hub on a fresh database of a {@link PgCluster}, behind a real HTTP port, for tests. */
final class TestHub implements AutoCloseable {
    static final String PROVINCE_PASSWORD = "tinh-secret-1";
    final String jdbc;
    final HubApp app;
    final String url;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.mapper();

    TestHub(PgCluster pg, String database, Clock clock) throws Exception {
        this(pg, pg.createDatabase(database), clock, 0);
        new HubAuth(HubDatabase.open(jdbc, pg.user(), null, 1), clock, new PasswordHasher(1000))
                .addUser("tinh", PROVINCE_PASSWORD.toCharArray(), HubRole.PROVINCE_MANAGER, null, "Sở Nội vụ");
    }

    private TestHub(PgCluster pg, String jdbc, Clock clock, int port) {
        this.jdbc = jdbc;
        this.app = new HubApp(HubDatabase.open(jdbc, pg.user(), null, 8), clock, 300);
        app.start("127.0.0.1", port, 3600);
        this.port = app.port();
        this.url = "http://127.0.0.1:" + this.port;
    }

    /** The hub back after an outage: a new process state on the same database, behind the same port. */
    TestHub restarted(PgCluster pg, Clock clock) {
        return new TestHub(pg, jdbc, clock, port);
    }

    record Response(int status, JsonNode body, byte[] raw, String type) {
    }

    String login(String user, String password) {
        Response r = call("POST", "/api/v1/auth/login", null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("login " + user + " → " + r.status());
        }
        return r.body().get("token").asText();
    }

    String province() {
        return login("tinh", PROVINCE_PASSWORD);
    }

    /** Sends a centre's events in batches of 500, as its publisher would; each must be acknowledged. */
    void ingest(String token, String centre, java.util.List<vn.motcua.client.upstream.UpstreamEvent> all) {
        for (int i = 0; i < all.size(); i += 500) {
            Response r = call("POST", "/hub/v1/ingest", token,
                    Events.json(new vn.motcua.client.upstream.UpstreamBatch(centre, all.subList(i, Math.min(all.size(), i + 500)))));
            if (r.status() != 200) {
                throw new AssertionError("batch at " + i + " refused: " + r.status() + " " + r.body());
            }
        }
    }

    Response call(String method, String path, String token, String body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            b.header("Content-Type", "application/json");
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode node = null;
            if (type.startsWith("application/json") && r.body().length > 0) {
                node = json.readTree(r.body());
            }
            return new Response(r.statusCode(), node, r.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One number from the hub's database. */
    long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}

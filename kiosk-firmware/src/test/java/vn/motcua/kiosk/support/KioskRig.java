package vn.motcua.kiosk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.motcua.client.Json;
import vn.motcua.client.QueueClient;
import vn.motcua.client.QueueEvent;
import vn.motcua.kiosk.app.KioskApp;
import vn.motcua.kiosk.app.KioskDevices;
import vn.motcua.kiosk.profile.HardwareProfile;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.demo.DemoSeeder;

/** A demo queue server on a temp SQLite file and one kiosk talking to it over real HTTP. */
public final class KioskRig implements AutoCloseable {
    public ServerApp server;
    private final Clock serverClock;
    private final Path dataDir;
    public final String serverUrl;
    public final JsonNode credentials;
    public final KioskApp kiosk;
    public final String kioskUrl;
    public final KioskDevices devices;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.mapper();

    /** The sim profile with its printer writing to {@code dir/printer}, the server's data in {@code dir/server}. */
    public static KioskRig sim(Path dir) throws Exception {
        return sim(dir, Clock.systemUTC());
    }

    /** As {@link #sim(Path)}, the server on its own clock (a booking's window is hours of the day). */
    public static KioskRig sim(Path dir, Clock serverClock) throws Exception {
        HardwareProfile sim = new vn.motcua.kiosk.profile.ProfileLoader().load("sim");
        vn.motcua.kiosk.printer.PrinterConfig p = sim.printer();
        HardwareProfile profile = new HardwareProfile(sim.name(), sim.description(), new vn.motcua.kiosk.printer.PrinterConfig(
                p.transport(), null, dir.resolve("printer").toString(), null, p.paperWidthMm(), p.dotsPerLine(), p.textMode(),
                null, p.qrMode(), null), sim.scanner(), sim.gpio(), sim.ui(), sim.camera(), sim.cardReader());
        return new KioskRig(dir.resolve("server"), profile, KioskDevices.open(profile), serverClock);
    }

    public KioskRig(Path dataDir, HardwareProfile profile, KioskDevices devices) throws Exception {
        this(dataDir, profile, devices, Clock.systemUTC());
    }

    public KioskRig(Path dataDir, HardwareProfile profile, KioskDevices devices, Clock serverClock) throws Exception {
        this.dataDir = dataDir;
        this.serverClock = serverClock;
        server = new ServerApp(dataDir, serverClock, null);
        new DemoSeeder().seedIfEmpty(server.components(), dataDir);
        server.start("127.0.0.1", 0);
        serverUrl = "http://127.0.0.1:" + server.port();
        credentials = json.readTree(dataDir.resolve("demo-credentials.json").toFile());
        this.devices = devices;
        kiosk = new KioskApp(profile, devices, new QueueClient(serverUrl, kioskToken()), Clock.systemUTC(), kioskStateDir())
                .start("127.0.0.1", 0);
        kioskUrl = "http://127.0.0.1:" + kiosk.port();
    }

    public String kioskToken() {
        return credentials.get("kioskToken").asText();
    }

    public record Reply(int status, JsonNode body) {
    }

    public Reply kiosk(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kioskUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("X-Kiosk-Key", kiosk.localKey());
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : json.readTree(r.body()));
    }

    public String json(Object value) throws Exception {
        return json.writeValueAsString(value);
    }

    /** Everything the server recorded, straight from its append-only event log. */
    public List<QueueEvent> events() {
        var c = server.components();
        return c.db().read(conn -> c.events().after(conn, 0, 10_000));
    }

    public JsonNode managerGet(String path) throws Exception {
        QueueClient manager = new QueueClient(serverUrl, null);
        String token = manager.login("manager", credentials.at("/manager/password").asText()).token();
        return json.valueToTree(manager.withToken(token).call("GET", path, null,
                new com.fasterxml.jackson.core.type.TypeReference<Object>() { }));
    }

    public Path kioskStateDir() {
        return dataDir.resolveSibling(dataDir.getFileName() + "-kiosk");
    }

    public String officerToken(int counter) {
        String password = credentials.get("officers").get(counter - 1).get("password").asText();
        return new QueueClient(serverUrl, null).login("officer" + counter, password).token();
    }

    public JsonNode officerPost(String token, String path) {
        return json.valueToTree(new QueueClient(serverUrl, token).call("POST", path, null,
                new com.fasterxml.jackson.core.type.TypeReference<Object>() { }));
    }

    public JsonNode managerPost(String path, String body) throws Exception {
        QueueClient manager = new QueueClient(serverUrl, null);
        String token = manager.login("manager", credentials.at("/manager/password").asText()).token();
        return json.valueToTree(manager.withToken(token).call("POST", path, json.readTree(body),
                new com.fasterxml.jackson.core.type.TypeReference<Object>() { }));
    }

    /** The centre's server goes away (power, network); the kiosk keeps running. */
    public void stopServer() {
        server.close();
    }

    /** The same server comes back on the same port with the same SQLite file. */
    public void restartServer() {
        int port = Integer.parseInt(serverUrl.substring(serverUrl.lastIndexOf(':') + 1));
        server = new ServerApp(dataDir, serverClock, null);
        server.start("127.0.0.1", port);
    }

    @Override
    public void close() {
        kiosk.close();
        server.close();
    }

    public static Path tempDir() throws Exception {
        return Files.createTempDirectory("kiosk-rig-");
    }
}

package vn.motcua.server.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.demo.DemoSeeder;

/**
 * {@code warmup}: starts a throw-away server, walks the paths a start and the first requests load, and
 * stops. Run under {@code -XX:ArchiveClassesAtExit} it leaves the AppCDS archive that cuts the real
 * start (the package's postinst does this).
 */
@Command(name = "warmup", hidden = true, description = "Load the classes of a start (for an AppCDS archive) and exit.")
public final class WarmupCommand implements Callable<Integer> {
    private static final List<String> PATHS = List.of("/health", "/api/v1/services", "/api/v1/queue", "/", "/board",
            "/officer", "/manager/");

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("motcua-warmup-");
        try (ServerApp app = new ServerApp(data, Clock.systemUTC(), null)) {
            new DemoSeeder().seedIfEmpty(app.components(), data);
            app.start("127.0.0.1", 0);
            HttpClient http = HttpClient.newHttpClient();
            for (String path : PATHS) {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"nobody\",\"password\":\"x\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        System.out.println("warm-up done");
        return 0;
    }
}

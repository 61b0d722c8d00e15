package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.TestCentre;

/**
 * Every page, asset and GET route answers with the security headers, and nothing any page loads comes from
 * another origin. Scripts never build HTML from strings (no innerHTML and kin), so a service name, a notice
 * or a citizen's name is always shown as text: escaping by construction, checked over every script.
 */
class PageSecurityTest {
    /** Web roots served by the server (its own and the display board's) and the kiosk's touch UI. */
    private static final List<Path> WEB_ROOTS = List.of(Path.of("src/main/resources/web"),
            Path.of("../display-board/src/main/resources/web"), Path.of("../kiosk-firmware/src/main/resources/web"));
    private static final Pattern EXTERNAL = Pattern.compile(
            "(?:src|href|action)\\s*=\\s*[\"']?(?:https?:)?//|url\\(\\s*[\"']?(?:https?:)?//|import[^;\\n]*[\"'](?:https?:)?//"
                    + "|fetch\\(\\s*[\"'](?:https?:)?//|new\\s+(?:WebSocket|EventSource)\\(\\s*[\"'](?:wss?:|https?:)?//");
    private static final Pattern HTML_FROM_STRINGS = Pattern.compile("\\.(?:innerHTML|outerHTML)\\s*=|insertAdjacentHTML|document\\.write");
    private static TestCentre centre;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        centre = new TestCentre();
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void everyGetRouteAndServedFileCarriesTheSecurityHeaders() throws Exception {
        List<String> paths = new ArrayList<>();
        for (String route : RoleMatrixTest.routes(centre.app)) {
            if (route.startsWith("GET ") && !route.equals("GET /api/v1/events")) {
                paths.add(route.substring(4).replaceAll("\\{[a-zA-Z]+}", "1"));
            }
        }
        for (Path root : WEB_ROOTS.subList(0, 2)) {
            for (Path file : files(root)) {
                paths.add("/" + root.relativize(file).toString().replace('\\', '/'));
            }
        }
        assertThat(paths).contains("/board", "/officer", "/manager", "/rate", "/assets/vendor/chart.umd.min.js");
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(centre.url + path))
                    .header("Authorization", "Bearer " + centre.managerToken()).build(), HttpResponse.BodyHandlers.discarding());
            var h = r.headers();
            if (!h.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")
                    || !h.firstValue("X-Frame-Options").orElse("").equals("DENY")
                    || !h.firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'")
                    || h.firstValue("Content-Security-Policy").orElse("").contains("http")) {
                missing.add(path + " -> " + r.statusCode() + " " + h.map().keySet());
            }
        }
        assertThat(missing).as("answers without the security headers").isEmpty();
    }

    @Test
    void noPageLoadsAnythingFromAnotherOriginAndNoScriptBuildsHtmlFromStrings() throws IOException {
        List<String> external = new ArrayList<>();
        List<String> htmlFromStrings = new ArrayList<>();
        int scanned = 0;
        for (Path root : WEB_ROOTS) {
            for (Path file : files(root)) {
                String name = file.getFileName().toString();
                if (!name.matches(".*\\.(html|js|mjs|css)") || file.toString().contains("vendor")) {
                    continue;
                }
                scanned++;
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (EXTERNAL.matcher(text).find()) {
                    external.add(file.toString());
                }
                if (name.endsWith("js") && HTML_FROM_STRINGS.matcher(text).find()) {
                    htmlFromStrings.add(file.toString());
                }
            }
        }
        assertThat(scanned).as("pages, scripts and styles scanned").isGreaterThan(20);
        assertThat(external).as("files that load from another origin").isEmpty();
        assertThat(htmlFromStrings).as("scripts that build HTML from strings").isEmpty();
        assertThat(EXTERNAL.matcher("<script src=\"https://cdn.jsdelivr.net/npm/chart.js\"></script>").find()).isTrue();
        assertThat(HTML_FROM_STRINGS.matcher("row.innerHTML = name;").find()).isTrue();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

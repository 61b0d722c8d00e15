package vn.motcua.server.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * The real fat jar from the package phase run as a child process on a loopback port, for the tests that kill
 * it and start it again on the same files.
 */
public final class ServerJar {
    /** Built by the package phase; failsafe runs after it. */
    public static final Path JAR = Path.of("target", "queue-server.jar");

    private ServerJar() {
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * {@code serve --demo --no-issue-limit} on {@code data}, its output in a new {@code server-*.log} there; returns
     * once /health answers 200, or kills it and fails after 60 s.
     */
    public static Process serveDemo(HttpClient http, Path data, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "serve", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--data", data.toString(), "--demo", "--no-issue-limit")
                .redirectErrorStream(true).redirectOutput(new File(data.toFile(), "server-" + System.nanoTime() + ".log"))
                .start();
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("server did not become healthy within 60 s");
    }
}

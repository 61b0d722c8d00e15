package vn.motcua.server.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        return start(http, port, new File(data.toFile(), "server-" + System.nanoTime() + ".log"), "serve", "--host",
                "127.0.0.1", "--port", String.valueOf(port), "--data", data.toString(), "--demo", "--no-issue-limit");
    }

    /**
     * {@code java -jar queue-server.jar args...} (which must listen on {@code port}), its output in {@code log};
     * returns once /health answers 200, or kills it and fails after 60 s.
     */
    public static Process start(HttpClient http, int port, File log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
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
        throw new IllegalStateException(args[0] + " did not become healthy within 60 s; its output: " + log);
    }
}

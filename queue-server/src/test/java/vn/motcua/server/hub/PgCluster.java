package vn.motcua.server.hub;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL 15 cluster for tests: Debian's binaries, {@code initdb} run as the {@code postgres}
 * user in a temporary directory, the server on a free loopback port with its socket in that directory,
 * stopped and deleted on close. Tests that need it call {@link #requireOrSkip()}: without root or without
 * {@code postgresql-15} they are skipped with the reason, except under {@code CI=true}, where a skip would
 * hide a missing install step and so fails instead.
 */
public final class PgCluster implements AutoCloseable {
    public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private final Path dir;
    private final Path data;
    private final int port;

    private PgCluster(Path dir, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** Why no cluster can be started here, or null when one can. */
    public static String unavailable() {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_ctl"))) {
            return "PostgreSQL 15 is not installed (" + BIN + "): apt-get install postgresql-15 (scripts/install-deps.sh does)";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "tests start PostgreSQL as the postgres user with runuser, which needs root";
        }
        return null;
    }

    /** Skips the calling test when no cluster can be started; fails instead under CI=true. */
    public static void requireOrSkip() {
        String why = unavailable();
        if (why == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("PostgreSQL tests cannot run under CI: " + why);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(false, "PostgreSQL tests skipped: " + why);
    }

    /** initdb and start a new cluster; {@code settings} are extra {@code -c name=value} server settings. */
    public static PgCluster start(String... settings) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("motcua-pg-");
        PgCluster pg = new PgCluster(dir, freePort());
        pg.prepare();
        run("runuser", "-u", "postgres", "--", BIN.resolve("initdb").toString(), "-D", pg.data.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        pg.startServer(settings);
        return pg;
    }

    /**
     * A streaming standby of {@code primary} (pg_basebackup, {@code primary_conninfo}), started; its
     * {@code application_name} is {@code name}, for {@code synchronous_standby_names} on the primary.
     */
    public static PgCluster standbyOf(PgCluster primary, String name) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("motcua-pg-standby-");
        PgCluster pg = new PgCluster(dir, freePort());
        pg.prepare();
        run("runuser", "-u", "postgres", "--", BIN.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p",
                String.valueOf(primary.port), "-U", "postgres", "-D", pg.data.toString(), "-X", "stream", "-R",
                "-d", "application_name=" + name);
        pg.startServer();
        return pg;
    }

    private void prepare() throws IOException, InterruptedException {
        // createTempDirectory makes it rwx for root only; the server runs as postgres
        run("chmod", "755", dir.toString());
        run("chown", "postgres:postgres", dir.toString());
    }

    private void startServer(String... settings) throws IOException, InterruptedException {
        StringBuilder options = new StringBuilder("-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1");
        for (String s : settings) {
            options.append(" -c ").append(s);
        }
        run("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o", options.toString(), "start");
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    /** Creates {@code name} and returns its JDBC URL. */
    public String createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    /** Runs one statement on the {@code postgres} database (ALTER SYSTEM and the like). */
    public void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", null); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Promotes a standby to primary and waits until it accepts writes. */
    public void promote() throws IOException, InterruptedException {
        run("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "promote");
    }

    /** SIGKILL of the postmaster: a crash, not a shutdown (its children exit when they notice). */
    public void kill() throws IOException, InterruptedException {
        Path pid = data.resolve("postmaster.pid");
        if (Files.exists(pid)) {
            String first = Files.readAllLines(pid).get(0).strip();
            run("kill", "-9", first);
        }
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                        "-w", "-t", "30", "stop");
            }
        } catch (IOException | InterruptedException | IllegalStateException e) {
            // already down (killed): the directory goes anyway
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + new String(out, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}

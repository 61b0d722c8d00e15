package vn.motcua.server.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.server.app.AcceleratedClock;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.backup.BackupException;
import vn.motcua.server.backup.ServerLock;
import vn.motcua.server.setup.FirstStart;
import vn.motcua.server.storage.NewerSchemaException;
import vn.motcua.server.demo.DemoSeeder;

/** {@code serve}: runs the centre's queue server until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the queue server.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to bind (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--data", required = true, description = "data directory (SQLite file, voice cache, demo logins)")
    Path data;

    @Option(names = "--demo", description = "seed a realistic demo centre on first start (no tickets)")
    boolean demo;

    @Option(names = "--clock-speed", defaultValue = "1", description = "demo only: run the centre's clock N times faster")
    double clockSpeed;

    @Option(names = "--history-weeks", defaultValue = "4",
            description = "demo only: weeks of simulated history written on first start (default ${DEFAULT-VALUE}, 0 = none)")
    int historyWeeks;

    @Option(names = "--clock-start", description = "demo only: the centre's clock starts at this time "
            + "(ISO, e.g. 2026-12-07T09:40:00+07:00), to show a working morning at any hour")
    java.time.OffsetDateTime clockStart;

    @Option(names = "--simulate", description = "demo only: simulated kiosk, officers (counters 2-8) and rating tablets "
            + "keep the centre busy; without it nothing happens by itself")
    boolean simulate;

    @Option(names = "--tls-port", description = "also serve HTTPS on this port (needs --tls-keystore)")
    Integer tlsPort;

    @Option(names = "--tls-host", defaultValue = "0.0.0.0",
            description = "address HTTPS binds to, independent of --host (default ${DEFAULT-VALUE}): "
                    + "--host 127.0.0.1 keeps plain HTTP on this machine while HTTPS serves the network")
    String tlsHost;

    @Option(names = "--tls-keystore", description = "PKCS12 keystore with the server's key and certificate")
    Path tlsKeystore;

    @Option(names = "--tls-password-file", description = "file holding the keystore password (kept off the command line)")
    Path tlsPasswordFile;

    @Option(names = "--retention-days", defaultValue = "365",
            description = "delete a returned dossier's personal data after this many days (default ${DEFAULT-VALUE})")
    int retentionDays;

    @Option(names = "--no-issue-limit", description = "load tests only: no per-device and per-user limit on taking "
            + "tickets (by default a kiosk may take 30 at once, then 30 a minute; a person 10, then 10 a minute)")
    boolean noIssueLimit;

    @Option(names = "--public-url", description = "URL citizens' phones use to reach this server (ticket QR codes)")
    String publicUrl;

    @Option(names = "--first-start", description = "with no administrator yet, create 'admin' (and a kiosk and a "
            + "board token when there is no device) and write the secrets to DATA/first-start/ (the packaged service does)")
    boolean firstStart;

    @Option(names = "--upstream", description = "province hub base URL: push this centre's outbox to URL/hub/v1/ingest "
            + "(overrides the settings page until restart)")
    String upstream;

    @Option(names = "--upstream-centre", description = "this centre's code at the hub (from 'hub centre add --code C')")
    String upstreamCentre;

    @Option(names = "--upstream-token", description = "the hub's token for this centre (shows in ps: prefer "
            + "--upstream-token-file or " + UPSTREAM_TOKEN_ENV + ")")
    String upstreamToken;

    @Option(names = "--upstream-token-file", description = "file holding the hub's token for this centre (mode 0600)")
    Path upstreamTokenFile;

    static final String UPSTREAM_TOKEN_ENV = "MOTCUA_UPSTREAM_TOKEN";

    @Override
    public Integer call() throws Exception {
        if ((clockSpeed != 1 || clockStart != null) && !demo) {
            System.err.println("--clock-speed and --clock-start are for demos only: add --demo");
            return 2;
        }
        if (simulate && !demo) {
            System.err.println("--simulate is for demos only: add --demo");
            return 2;
        }
        if (clockSpeed <= 0 || clockSpeed > 1000) {
            System.err.println("--clock-speed must be in (0, 1000]");
            return 2;
        }
        if (retentionDays < 1) {
            System.err.println("--retention-days must be at least 1");
            return 2;
        }
        String hubToken = null;
        if (upstream != null) {
            if (upstreamCentre == null) {
                System.err.println("--upstream needs --upstream-centre CODE (this centre's code at the hub)");
                return 2;
            }
            try {
                hubToken = vn.motcua.client.DeviceToken.resolve("--upstream-token", upstreamToken, upstreamTokenFile,
                        System.getenv(), UPSTREAM_TOKEN_ENV, w -> System.err.println("warning: " + w));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            if (hubToken == null) {
                System.err.println("--upstream needs a token: --upstream-token-file FILE, or set " + UPSTREAM_TOKEN_ENV);
                return 2;
            }
        } else if (upstreamCentre != null || upstreamToken != null || upstreamTokenFile != null) {
            System.err.println("--upstream-centre and --upstream-token need --upstream URL");
            return 2;
        }
        Clock clock = clockSpeed == 1 && clockStart == null ? Clock.systemUTC()
                : new AcceleratedClock(Clock.systemUTC(), clockSpeed,
                        clockStart == null ? System.currentTimeMillis() : clockStart.toInstant().toEpochMilli());
        ServerLock lock;
        try {
            lock = ServerLock.acquire(data);
        } catch (BackupException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        ServerApp app;
        try {
            app = new ServerApp(data, clock, publicUrl);
        } catch (NewerSchemaException e) {
            System.err.println(e.getMessage());
            lock.close();
            return 3; // the unit does not restart on 3: a restart cannot fix it
        }
        if (noIssueLimit) {
            app.components().issueLimiter().limits(vn.motcua.server.ticket.IssueLimits.OFF);
        }
        if (upstream != null) {
            try {
                app.upstream().useCommandLine(upstream, upstreamCentre, hubToken);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                app.close();
                lock.close();
                return 2;
            }
        }
        if (demo && new DemoSeeder().seedIfEmpty(app.components(), data)) {
            System.out.println("Demo centre seeded; logins in " + data.resolve("demo-credentials.json"));
            if (historyWeeks > 0) {
                int visits = new vn.motcua.server.demo.HistorySeeder().seed(app.components(),
                        java.time.LocalDate.now(clock.withZone(vn.motcua.client.CentreTime.ZONE)), historyWeeks, 18);
                int dossiers = new vn.motcua.server.demo.HistoryDossiers().seed(app.components().db(),
                        java.time.LocalDate.now(clock.withZone(vn.motcua.client.CentreTime.ZONE)), clock.millis(), 18);
                System.out.println("Demo history: " + visits + " simulated visits over " + historyWeeks + " weeks, "
                        + dossiers + " kiosk dossiers");
            }
        }
        if (firstStart) {
            for (String line : new FirstStart(app.components().db(), app.components().auth()).run(data)) {
                System.out.println("First start: " + line + " (readable by the service user and root only)");
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<vn.motcua.server.simulate.LiveSimulation> simulator =
                new java.util.concurrent.atomic.AtomicReference<>();
        vn.motcua.server.retention.RetentionJob retention =
                new vn.motcua.server.retention.RetentionJob(app.components().db(), clock, retentionDays);
        // SIGTERM (systemctl stop): stop taking requests, commit what was queued, close the store
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (simulator.get() != null) {
                simulator.get().close();
            }
            retention.close();
            app.close();
            try {
                lock.close();
            } catch (java.io.IOException ignored) {
                // the process is ending: the kernel drops the lock anyway
            }
            System.out.println("Queue server stopped");
            stopped.countDown();
        }, "shutdown"));
        if (tlsPort != null) {
            if (tlsKeystore == null || tlsPasswordFile == null) {
                System.err.println("--tls-port needs --tls-keystore and --tls-password-file");
                app.close();
                return 2;
            }
            app.enableTls(new vn.motcua.server.app.TlsSettings(tlsHost, tlsPort, tlsKeystore,
                    java.nio.file.Files.readString(tlsPasswordFile).strip().toCharArray()));
        }
        app.start(host, port);
        retention.start();
        System.out.println("Queue server listening on http://" + host + ":" + app.port()
                + (tlsPort != null ? " and https://" + tlsHost + ":" + app.tlsPort() : ""));
        if (simulate) {
            simulator.set(new vn.motcua.server.simulate.LiveSimulation(app.components(), System.nanoTime()).start());
            System.out.println("Simulation running (clock speed " + clockSpeed + "); the manager dashboard is at /manager");
        }
        stopped.await();
        return 0;
    }
}

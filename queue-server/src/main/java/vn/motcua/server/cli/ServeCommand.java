package vn.motcua.server.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.server.app.AcceleratedClock;
import vn.motcua.server.app.ServerApp;
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

    @Option(names = "--public-url", description = "URL citizens' phones use to reach this server (ticket QR codes)")
    String publicUrl;

    @Override
    public Integer call() throws Exception {
        if (clockSpeed != 1 && !demo) {
            System.err.println("--clock-speed is for demos only: add --demo");
            return 2;
        }
        if (clockSpeed <= 0 || clockSpeed > 1000) {
            System.err.println("--clock-speed must be in (0, 1000]");
            return 2;
        }
        Clock clock = clockSpeed == 1 ? Clock.systemUTC() : new AcceleratedClock(Clock.systemUTC(), clockSpeed);
        ServerApp app = new ServerApp(data, clock, publicUrl);
        if (demo && new DemoSeeder().seedIfEmpty(app.components(), data)) {
            System.out.println("Demo centre seeded; logins in " + data.resolve("demo-credentials.json"));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        app.start(host, port);
        System.out.println("Queue server listening on http://" + host + ":" + app.port());
        stopped.await();
        return 0;
    }
}

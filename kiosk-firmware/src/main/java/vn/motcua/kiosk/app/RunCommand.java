package vn.motcua.kiosk.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.client.CentreTime;
import vn.motcua.client.DeviceToken;
import vn.motcua.client.QueueClient;
import vn.motcua.kiosk.profile.HardwareProfile;
import vn.motcua.kiosk.profile.ProfileException;
import vn.motcua.kiosk.profile.ProfileLoader;

/** {@code run}: the kiosk for its whole working day. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the kiosk: devices, touch UI, queue server link.")
public final class RunCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "MOTCUA_KIOSK_TOKEN";

    @Option(names = "--profile", required = true, description = "Hardware profile: a JSON file or a built-in name (sim).")
    String profile;

    @Option(names = "--server", required = true, description = "Queue server base URL, e.g. http://192.168.1.10:8080")
    String server;

    @Option(names = "--token-file", description = "File holding this kiosk's device token (mode 0600; the packaged unit uses "
            + "/etc/motcua/kiosk.token). Or set " + TOKEN_ENV + ".")
    java.nio.file.Path tokenFile;

    @Option(names = "--token", description = "The device token itself: for tests only, as ps shows it to every local user.")
    String token;

    @Option(names = "--port", defaultValue = "8180", description = "Port of the touch UI (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address the touch UI listens on; only this box's screen needs it (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--state", defaultValue = "kiosk-state",
            description = "Directory for leased numbers and tickets issued offline (default ${DEFAULT-VALUE}).")
    java.nio.file.Path state;

    @Override
    public Integer call() throws InterruptedException {
        String deviceToken;
        try {
            deviceToken = DeviceToken.resolve(token, tokenFile, System.getenv(), TOKEN_ENV, w -> System.err.println("warning: " + w));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (deviceToken == null) {
            System.err.println("no device token: give --token-file FILE or set " + TOKEN_ENV
                    + " (queue-server device add --kind kiosk prints one)");
            return 2;
        }
        HardwareProfile hardware;
        try {
            hardware = new ProfileLoader().load(profile);
        } catch (ProfileException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        KioskApp app = new KioskApp(hardware, KioskDevices.open(hardware), new QueueClient(server, deviceToken),
                Clock.system(CentreTime.ZONE), state).start(host, port);
        System.out.println("Kiosk " + hardware.name() + " touch UI: http://" + host + ":" + app.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "kiosk-shutdown"));
        stopped.await();
        return 0;
    }
}

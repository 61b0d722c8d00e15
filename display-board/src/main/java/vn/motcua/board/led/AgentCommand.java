package vn.motcua.board.led;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import vn.motcua.client.DeviceToken;
import picocli.CommandLine.Option;

/** {@code agent}: drives the centre's RS-485 LED counter boards from the queue server's event stream. */
@Command(name = "agent", mixinStandardHelpOptions = true,
        description = "Show each counter's current number on its LED board (RS-485/serial).")
public final class AgentCommand implements Callable<Integer> {
    @Option(names = "--server", required = true, description = "queue server URL, e.g. http://192.168.1.10:8080")
    String server;

    static final String TOKEN_ENV = "MOTCUA_BOARD_TOKEN";

    @Option(names = "--token-file", description = "file holding the board device token (mode 0600), or set " + TOKEN_ENV)
    Path tokenFile;

    @Option(names = "--token", description = "board device token itself: for tests only, as ps shows it to every local user")
    String token;

    @Option(names = "--profile", required = true, description = "LED profile JSON: port (\"sim\" prints instead), baud, protocol, counters→addresses")
    Path profile;

    @Override
    public Integer call() throws Exception {
        String deviceToken;
        try {
            deviceToken = DeviceToken.resolve(token, tokenFile, System.getenv(), TOKEN_ENV, w -> System.err.println("warning: " + w));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        LedProfile p = LedProfile.read(profile);
        LedProtocol protocol = LedProtocols.byName(p.protocol(), p.width());
        LedLink link = SimulatedLink.PORT.equals(p.port()) ? new SimulatedLink(protocol, System.out)
                : new SerialLink(p.port(), p.baud());
        LedAgent agent = new LedAgent(server, deviceToken, p, protocol, link).start();
        System.out.println("LED agent: " + p.counters().size() + " boards on " + p.port() + " (" + protocol.name()
                + ", " + p.baud() + " baud) following " + server);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}

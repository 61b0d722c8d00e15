package vn.motcua.server.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.board.led.LedAgent;
import vn.motcua.board.led.LedCommand;
import vn.motcua.board.led.LedProfile;
import vn.motcua.board.led.SerialLink;
import vn.motcua.board.led.StxXorProtocol;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.support.TestCentre;

/**
 * The LED agent against the real server, writing through jSerialComm into one end of a socat PTY pair;
 * the test reads the other end and parses the frames back.
 */
class LedAgentSerialTest {
    private static final StxXorProtocol PROTOCOL = new StxXorProtocol(5);
    @TempDir
    Path dir;
    private Process socat;
    private TestCentre centre;
    private ServerApp restarted;
    private LedAgent agent;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Thread reader;

    @BeforeEach
    void ptyPair() throws Exception {
        assumeTrue(onPath("socat"), "socat is not installed");
        Path x = dir.resolve("x");
        Path y = dir.resolve("y");
        socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + x, "pty,raw,echo=0,link=" + y)
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(x) && Files.exists(y)) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(Files.exists(x) && Files.exists(y)).as("socat made both PTYs").isTrue();
        InputStream in = Files.newInputStream(y);
        reader = new Thread(() -> {
            byte[] buf = new byte[256];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (received) {
                        received.write(buf, 0, n);
                    }
                }
            } catch (IOException endOfTest) {
                // socat is gone: the test is over.
            }
        }, "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
        if (restarted != null) {
            restarted.close();
        }
        if (centre != null) {
            try {
                centre.close();
            } catch (RuntimeException alreadyClosed) {
                // closed by the restart step
            }
        }
        if (socat != null) {
            socat.destroy();
        }
    }

    @Test
    void callsRecallsAndFinishesReachTheCounterBoardAndARestartResyncs() throws Exception {
        centre = new TestCentre(Clock.systemUTC());
        String officer = centre.officerAt(5); // counter 5 serves C in the demo centre
        centre.issue("C", "NORMAL");
        centre.issue("C", "NORMAL");
        LedProfile profile = new LedProfile(dir.resolve("x").toString(), 9600, "stx-xor", 5, "", 60, 0,
                Map.of(5, 12, 2, 3));
        agent = new LedAgent(centre.url, centre.boardToken(), profile, PROTOCOL,
                new SerialLink(profile.port(), profile.baud())).start();
        // On connect the agent writes every mapped board from the snapshot: nobody is called yet.
        awaitFrames(f -> f.contains(new LedCommand(12, "", false)) && f.contains(new LedCommand(3, "", false)));

        var called = centre.call("POST", "/api/v1/counters/5/next", officer, null);
        assertThat(called.status()).isEqualTo(200);
        long ticket = called.body().get("id").asLong();
        awaitFrames(f -> f.contains(new LedCommand(12, "C0001", false)));

        centre.call("POST", "/api/v1/tickets/" + ticket + "/recall", officer, null);
        awaitFrames(f -> f.contains(new LedCommand(12, "C0001", true)));

        centre.call("POST", "/api/v1/tickets/" + ticket + "/start", officer, null);
        centre.call("POST", "/api/v1/tickets/" + ticket + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");
        awaitFrames(f -> f.lastIndexOf(new LedCommand(12, "", false)) > f.indexOf(new LedCommand(12, "C0001", true)));
        assertThat(frames()).noneMatch(c -> c.address() == 3 && !c.text().isEmpty());

        // Restart the server on the same port and data: the agent reconnects by itself and calls keep arriving.
        int port = centre.app.port();
        centre.app.close();
        int before = frames().size();
        restarted = new ServerApp(centre.dataDir, Clock.systemUTC(), null).start("127.0.0.1", port);
        awaitFrames(f -> f.size() > before); // the reconnect resync
        var next = centre.call("POST", "/api/v1/counters/5/next", officer, null);
        assertThat(next.status()).isEqualTo(200);
        awaitFrames(f -> f.subList(before, f.size()).contains(new LedCommand(12, "C0002", false)));
    }

    private List<LedCommand> frames() {
        synchronized (received) {
            return PROTOCOL.decode(received.toByteArray());
        }
    }

    private void awaitFrames(Predicate<List<LedCommand>> condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            if (condition.test(frames())) {
                return;
            }
            Thread.sleep(25);
        }
        List<LedCommand> seen = frames();
        assertThat(condition.test(seen)).as("frames on the LED bus: %s", seen).isTrue();
    }

    private static boolean onPath(String command) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + command).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

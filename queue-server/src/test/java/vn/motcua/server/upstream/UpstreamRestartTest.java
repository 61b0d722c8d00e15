package vn.motcua.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.storage.Sql;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;

/** The backlog and the acknowledged position survive a restart of the centre's server. */
class UpstreamRestartTest {
    private static final String TOKEN = "hub-token-C01";

    private static void tune(ServerApp app) {
        app.upstream().timing(7, Duration.ofMillis(50), Duration.ofMillis(1000), Duration.ofMillis(50), Duration.ofMillis(400));
    }

    private static void awaitDrained(ServerApp app) throws InterruptedException {
        UpstreamFeedTest.await("the backlog to drain", () -> app.upstream().status().backlog() == 0);
    }

    @Test
    void aRestartedCentreResumesFromTheLastAcknowledgedRow() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
        try (FakeHub hub = new FakeHub("C01", TOKEN, false)) {
            TestCentre centre = new TestCentre(clock);
            centre.app.components().issueLimiter().limits(vn.motcua.server.ticket.IssueLimits.OFF);
            tune(centre.app);
            centre.app.upstream().useCommandLine(hub.url(), "C01", TOKEN);
            for (int i = 0; i < 10; i++) {
                assertThat(centre.issue("A", "NORMAL").status()).isEqualTo(201);
            }
            awaitDrained(centre.app);
            int before = hub.storedCount();
            hub.stop();
            for (int i = 0; i < 30; i++) {
                assertThat(centre.issue("B", "NORMAL").status()).isEqualTo(201);
            }
            UpstreamFeedTest.await("the outage to be noticed", () -> centre.app.upstream().status().lastError() != null);
            centre.close();

            try (ServerApp again = new ServerApp(centre.dataDir, clock, null)) {
                tune(again);
                again.start("127.0.0.1", 0);
                UpstreamStatus waiting = again.upstream().status();
                assertThat(waiting.configured()).as("command-line settings end with the process").isFalse();
                assertThat(waiting.backlog()).isEqualTo(30);
                assertThat(waiting.lastError()).startsWith("hub unreachable");
                assertThat(waiting.lastSuccessAt()).isNotNull();

                hub.start();
                again.upstream().useCommandLine(hub.url(), "C01", TOKEN);
                awaitDrained(again);
                List<Long> ids = again.components().db().read(c -> Sql.list(c, "SELECT id FROM outbox ORDER BY id",
                        rs -> rs.getLong(1)));
                assertThat(hub.stored()).extracting(UpstreamEvent::id).containsExactlyElementsOf(ids);
                assertThat(hub.storedCount()).isEqualTo(before + 30);
                assertThat(hub.duplicates()).isZero();
            }
        }
    }
}

package vn.motcua.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.client.Category;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.upstream.FakeHub;
import vn.motcua.server.upstream.UpstreamModule;

/**
 * Part "upstream": how fast a centre's backlog drains to the province hub once the link returns. The hub is
 * down while the centre issues tickets (each writes its outbox row), then comes back; the figure is events
 * acknowledged per second from the hub's return to an empty backlog, over real HTTP on loopback, batches of
 * 500, against the in-memory fake hub (so it is the centre's side: reading, serialising, sending, marking).
 */
final class UpstreamBench extends BenchPart {
    private final int events;

    UpstreamBench(BenchRun run, int events) {
        super(run);
        this.events = events;
    }

    void drain() throws Exception {
        for (long hubDelayMillis : new long[] {0, 50}) {
            try (DemoServer demo = DemoServer.start("upstream"); FakeHub hub = new FakeHub("BENCH", "bench-token", false)) {
                UpstreamModule feed = demo.app().upstream();
                feed.timing(500, Duration.ofMillis(50), Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofMillis(200));
                feed.useCommandLine(hub.url(), "BENCH", "bench-token");
                waitDrained(feed);
                hub.stop();
                issue(demo, events);
                long backlog = feed.status().backlog();
                hub.delay(hubDelayMillis);
                int storedBefore = hub.storedCount();
                long bytesBefore = hub.bytesReceived();
                long started = System.nanoTime();
                hub.start();
                waitDrained(feed);
                double seconds = (System.nanoTime() - started) / 1e9;
                int stored = hub.storedCount() - storedBefore;
                double rate = backlog / seconds;
                double bytesPerEvent = (hub.bytesReceived() - bytesBefore) / (double) backlog;
                results.put("upstreamBytesPerEvent", Math.round(bytesPerEvent));
                results.put("upstreamDrainEventsPerSecond" + (hubDelayMillis == 0 ? "" : "HubDelay" + hubDelayMillis), Math.round(rate));
                row(String.format("upstream backlog drain, batches of 500, hub answers after %d ms", hubDelayMillis),
                        String.format("%.0f events/s (%d events in %.2f s; hub stored %d, duplicates %d; %.0f request bytes "
                                + "per event)", rate, backlog, seconds, stored, hub.duplicates(), bytesPerEvent));
                if (stored != backlog) {
                    row("  NOT VALID: the hub stored a different number of events than the backlog", stored + " vs " + backlog);
                }
            }
        }
    }

    private static void waitDrained(UpstreamModule feed) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (feed.status().backlog() > 0) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the upstream backlog did not drain within 10 minutes");
            }
            Thread.sleep(5);
        }
    }

    /** {@code n} tickets from 8 threads through the ticket service: one event and one outbox row each. */
    private static void issue(DemoServer demo, int n) throws InterruptedException {
        var app = demo.app().components();
        String[] codes = app.db().read(c -> Sql.list(c, "SELECT code FROM service", rs -> rs.getString(1))).toArray(String[]::new);
        Principal kiosk = app.db().read(c -> Sql.one(c, "SELECT id, name FROM device WHERE kind = 'KIOSK' LIMIT 1",
                rs -> new Principal(rs.getLong(1), rs.getString(2), Role.KIOSK, true)).orElseThrow());
        AtomicLong seq = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                long i;
                while ((i = seq.incrementAndGet()) <= n) {
                    app.ticketService().issue(new IssueTicketRequest(codes[(int) (i % codes.length)], Category.NORMAL,
                            "up-" + i), kiosk, "http://127.0.0.1");
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}

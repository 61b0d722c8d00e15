package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import vn.motcua.client.Category;
import vn.motcua.client.EventType;
import vn.motcua.client.TicketState;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.ServiceDay;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketEvents;

/** Part "queue": GET /api/v1/queue, the snapshot boards poll, with a long queue waiting (issue 20). */
final class QueueSnapshotBench extends BenchPart {
    static final int WAITING = 60_000;
    private static final int DAY_NUMBERS = 9_999;
    private static final int CALLS = 200;

    QueueSnapshotBench(BenchRun run) {
        super(run);
    }

    void queueSnapshot() throws Exception {
        try (DemoServer demo = DemoServer.start("queue", QueueSnapshotBench::fill)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest get = HttpRequest.newBuilder(URI.create(demo.base() + "/api/v1/queue")).build();
            int bytes = 0;
            for (int i = 0; i < 20; i++) {
                bytes = http.send(get, HttpResponse.BodyHandlers.ofString()).body().length();
            }
            Latencies times = new Latencies();
            for (int i = 0; i < 200; i++) {
                long started = System.nanoTime();
                HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
                times.add(System.nanoTime() - started);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/v1/queue answered " + r.statusCode());
                }
            }
            results.put("queueSnapshot60k", java.util.Map.of("p50Ms", times.percentileMs(50), "p99Ms",
                    times.percentileMs(99), "requests", times.count(), "bytes", bytes));
            row(String.format("GET /api/v1/queue, %,d waiting + %d calls earlier today, one client", WAITING, CALLS),
                    String.format("p50 %.1f ms, p99 %.1f ms (%d requests, %d bytes)", times.percentileMs(50),
                            times.percentileMs(99), times.count(), bytes));
        }
    }

    /**
     * Straight through the stores, as kiosks would have issued them: a few calls first, then the long queue
     * with an issued event each, so the day's calls lie behind 60,000 newer events in the log.
     */
    static void fill(ServerApp server) {
        var app = server.components();
        long now = app.clock().millis();
        app.db().transaction(c -> {
            String[] codes = Sql.list(c, "SELECT code FROM service ORDER BY code", rs -> rs.getString(1)).toArray(String[]::new);
            String[] prefixes = Sql.list(c, "SELECT prefix FROM service ORDER BY code", rs -> rs.getString(1))
                    .toArray(String[]::new);
            Category[] categories = Category.values();
            if ((CALLS + WAITING) / codes.length > DAY_NUMBERS) {
                throw new IllegalStateException("more tickets than one day's numbers of " + codes.length + " services");
            }
            for (int i = 0; i < CALLS + WAITING; i++) {
                int s = i % codes.length;
                long at = now - (CALLS + WAITING - i);
                String day = ServiceDay.of(at);
                Ticket t = new Ticket(0, Ticket.number(prefixes[s], i / codes.length + 1), codes[s], day,
                        categories[i % categories.length], TicketState.WAITING, at, at, null, null, 0, null, null, null, at);
                t = t.withId(app.tickets().insert(c, t));
                app.events().append(c, TicketEvents.issued(at, day, t, null, null, null));
                if (i < CALLS) {
                    t = t.calledAt(1, null, at);
                    app.tickets().update(c, t.withState(TicketState.DONE, at));
                    app.events().append(c, TicketEvents.of(EventType.TICKET_CALLED, at, t, null, null));
                }
            }
            return null;
        });
    }
}

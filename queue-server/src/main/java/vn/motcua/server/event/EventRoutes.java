package vn.motcua.server.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import vn.motcua.client.Json;
import vn.motcua.client.QueueEvent;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.storage.Database;

/**
 * GET /api/v1/events: Server-Sent Events. A client that reconnects with {@code Last-Event-ID} (or
 * {@code ?lastEventId=} for pages that reload a snapshot first) receives what it missed from the store,
 * then live events; each event is sent once and in order.
 */
public final class EventRoutes implements AutoCloseable {
    private static final String PATH = "/api/v1/events";
    private static final String EVENT_STREAM = "text/event-stream";
    private static final int MAX_REPLAY = 10_000;
    private final Database db;
    private final EventLog log;
    private final EventBus bus;
    private final ObjectMapper json = Json.mapper();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public EventRoutes(Database db, EventLog log, EventBus bus) {
        this.db = db;
        this.log = log;
        this.bus = bus;
        // Comments keep idle connections open through proxies and reveal dead clients.
        heartbeat.scheduleAtFixedRate(() -> clients.forEach(c -> c.sendComment("ping")), 15, 15, TimeUnit.SECONDS);
    }

    public void addTo(JavalinConfig config) {
        // Javalin streams only when Accept names text/event-stream and otherwise answers 200 with nothing,
        // which a client reads as an empty queue; say instead what to send.
        config.routes.before(PATH, ctx -> {
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains(EVENT_STREAM)) {
                throw new ApiException(406, "not_acceptable", "Luồng sự kiện cần tiêu đề / the event stream needs the header "
                        + "'Accept: " + EVENT_STREAM + "'");
            }
        });
        config.routes.sse(PATH, client -> {
            client.keepAlive();
            long resumeAfter = resumePoint(client);
            client.ctx().res().setHeader("X-Accel-Buffering", "no");
            long[] lastSent = {resumeAfter};
            Consumer<List<QueueEvent>> live = events -> send(client, events, lastSent);
            client.onClose(() -> {
                clients.remove(client);
                bus.unsubscribe(live);
            });
            bus.onDispatcher(() -> {
                if (client.terminated()) {
                    return;
                }
                if (resumeAfter >= 0) {
                    send(client, db.read(c -> log.after(c, resumeAfter, MAX_REPLAY)), lastSent);
                } else {
                    lastSent[0] = db.read(log::lastId);
                }
                clients.add(client);
                bus.subscribe(live);
            });
        });
    }

    /** -1 when the client wants only new events. */
    private static long resumePoint(SseClient client) {
        String raw = client.ctx().header("Last-Event-ID");
        if (raw == null || raw.isBlank()) {
            raw = client.ctx().queryParam("lastEventId");
        }
        if (raw == null || raw.isBlank()) {
            return -1;
        }
        try {
            return Math.max(0, Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void send(SseClient client, List<QueueEvent> events, long[] lastSent) {
        for (QueueEvent e : events) {
            if (e.id() <= lastSent[0] || client.terminated()) {
                continue;
            }
            try {
                client.sendEvent(e.type(), json.writeValueAsString(e), Long.toString(e.id()));
                lastSent[0] = e.id();
            } catch (Exception ex) {
                client.close();
                return;
            }
        }
    }

    @Override
    public void close() {
        // Jetty ends the open streams when the server stops; closing them here as well races with it.
        heartbeat.shutdownNow();
        clients.clear();
    }
}

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
 *
 * <p>Bounds, so anyone on the network cannot make the server write megabytes per request: a replay reaches
 * back at most {@value #MAX_REPLAY} events (a board that was away longer reloads the snapshot, as it does on
 * start), and one address may hold at most {@value #ANONYMOUS_PER_ADDRESS} streams without a token (citizens'
 * ticket pages); boards, kiosks and staff with a valid token are not counted.
 */
public final class EventRoutes implements AutoCloseable {
    private static final String PATH = "/api/v1/events";
    private static final String EVENT_STREAM = "text/event-stream";
    static final int MAX_REPLAY = 1_000;
    static final int ANONYMOUS_PER_ADDRESS = 20;
    private static final String COUNTED = "events.countedAnonymous";
    private final Database db;
    private final EventLog log;
    private final EventBus bus;
    private final vn.motcua.server.auth.Access access;
    private final java.util.concurrent.ConcurrentMap<String, java.util.concurrent.atomic.AtomicInteger> anonymous =
            new ConcurrentHashMap<>();
    private final ObjectMapper json = Json.mapper();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public EventRoutes(Database db, EventLog log, EventBus bus, vn.motcua.server.auth.Access access) {
        this.db = db;
        this.log = log;
        this.bus = bus;
        this.access = access;
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
            // counted here, before the stream is answered, so that quick successive requests cannot all pass
            if (access.principal(ctx).isEmpty()) {
                var count = anonymous.computeIfAbsent(ctx.ip(), k -> new java.util.concurrent.atomic.AtomicInteger());
                if (count.incrementAndGet() > ANONYMOUS_PER_ADDRESS) {
                    count.decrementAndGet();
                    throw new ApiException(429, "too_many_streams", "Quá nhiều kết nối từ địa chỉ này / "
                            + "at most " + ANONYMOUS_PER_ADDRESS + " event streams per address without a token").retryAfter(30);
                }
                ctx.attribute(COUNTED, Boolean.TRUE);
            }
        });
        config.routes.sse(PATH, client -> {
            client.keepAlive();
            long resumeAfter = resumePoint(client);
            client.ctx().res().setHeader("X-Accel-Buffering", "no");
            long[] lastSent = {resumeAfter};
            Consumer<List<QueueEvent>> live = events -> send(client, events, lastSent);
            Runnable release = countAnonymous(client);
            client.onClose(() -> {
                clients.remove(client);
                bus.unsubscribe(live);
                release.run();
            });
            bus.onDispatcher(() -> {
                if (client.terminated()) {
                    return;
                }
                if (resumeAfter >= 0) {
                    send(client, db.read(c -> log.after(c, Math.max(resumeAfter, log.lastId(c) - MAX_REPLAY), MAX_REPLAY)),
                            lastSent);
                } else {
                    lastSent[0] = db.read(log::lastId);
                }
                clients.add(client);
                bus.subscribe(live);
            });
        });
    }

    /** Gives back the place the before-handler took for an anonymous stream, once, when it closes. */
    private Runnable countAnonymous(SseClient client) {
        if (!Boolean.TRUE.equals(client.ctx().attribute(COUNTED))) {
            return () -> { };
        }
        String ip = client.ctx().ip();
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                anonymous.computeIfPresent(ip, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
            }
        };
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

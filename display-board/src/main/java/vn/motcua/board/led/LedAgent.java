package vn.motcua.board.led;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.CounterStatus;
import vn.motcua.client.EventStream;
import vn.motcua.client.EventType;
import vn.motcua.client.QueueClient;
import vn.motcua.client.QueueEvent;
import vn.motcua.client.QueueSnapshot;

/**
 * Keeps each counter's LED board showing that counter's current number. Like the web boards it trusts the
 * snapshot after every (re)connect and applies events on top; on a timer it repeats the snapshot too,
 * because an LED board that lost power comes back blank and cannot say so.
 */
public final class LedAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LedAgent.class);
    private static final Set<EventType> ENDS = EnumSet.of(EventType.TICKET_FINISHED, EventType.TICKET_NO_SHOW,
            EventType.TICKET_CANCELLED, EventType.TICKET_TRANSFERRED, EventType.TICKET_EXPIRED);
    private static final Set<String> SHOWN_STATES = Set.of("CALLED", "SERVING");

    private final QueueClient client;
    private final String baseUrl;
    private final String token;
    private final LedProfile profile;
    private final LedProtocol protocol;
    private final LedLink link;
    private final Object lock = new Object();
    private final Map<Integer, Long> shownTicket = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "led-resync");
        t.setDaemon(true);
        return t;
    });
    private volatile long syncedUpTo = -1;
    private EventStream stream;

    public LedAgent(String baseUrl, String token, LedProfile profile, LedProtocol protocol, LedLink link) {
        this.client = new QueueClient(baseUrl, token);
        this.baseUrl = baseUrl;
        this.token = token;
        this.profile = profile;
        this.protocol = protocol;
        this.link = link;
    }

    public LedAgent start() {
        stream = new EventStream(baseUrl, token, 0, Duration.ofSeconds(1), new EventStream.Listener() {
            @Override
            public void onEvent(QueueEvent event) {
                apply(event);
            }

            @Override
            public void onConnected() {
                LOG.info("Event stream connected; loading the snapshot");
                resync();
            }

            @Override
            public void onDisconnected(Throwable cause) {
                LOG.warn("Event stream lost ({}); reconnecting", cause == null ? "closed" : cause.toString());
            }
        }).start();
        timer.scheduleWithFixedDelay(this::resync, profile.resyncSeconds(), profile.resyncSeconds(), TimeUnit.SECONDS);
        return this;
    }

    /** Writes every mapped counter from a fresh snapshot; events up to its lastEventId are then old news. */
    void resync() {
        synchronized (lock) {
            QueueSnapshot s;
            try {
                s = client.queue();
            } catch (RuntimeException e) {
                LOG.warn("Snapshot not loaded: {}", e.getMessage());
                return;
            }
            Map<Integer, CounterStatus> byNumber = new HashMap<>();
            for (CounterStatus c : s.counters()) {
                byNumber.put(c.number(), c);
            }
            for (Map.Entry<Integer, Integer> e : profile.counters().entrySet()) {
                CounterStatus c = byNumber.get(e.getKey());
                boolean shows = c != null && !"CLOSED".equals(c.state()) && c.currentNumber() != null
                        && SHOWN_STATES.contains(c.currentState());
                shownTicket.put(e.getKey(), shows ? c.currentTicketId() : null);
                send(e.getValue(), shows ? c.currentNumber() : profile.idleText(), false);
            }
            syncedUpTo = s.lastEventId();
        }
    }

    void apply(QueueEvent e) {
        synchronized (lock) {
            if (e.id() <= syncedUpTo || e.counter() == null) {
                return;
            }
            Integer address = profile.counters().get(e.counter());
            if (address == null) {
                return;
            }
            EventType type = e.eventType();
            if (type == null) {
                return;
            }
            switch (type) {
                case TICKET_CALLED, TICKET_RECALLED -> {
                    shownTicket.put(e.counter(), e.ticketId());
                    send(address, e.number(), type == EventType.TICKET_RECALLED);
                }
                case COUNTER_CHANGED -> {
                    if ("CLOSED".equals(e.counterState())) {
                        shownTicket.put(e.counter(), null);
                        send(address, profile.idleText(), false);
                    }
                }
                default -> {
                    Long shown = shownTicket.get(e.counter());
                    if (ENDS.contains(type) && shown != null && shown.equals(e.ticketId())) {
                        shownTicket.put(e.counter(), null);
                        send(address, profile.idleText(), false);
                    }
                }
            }
        }
    }

    private void send(int address, String text, boolean flash) {
        try {
            link.write(protocol.encode(new LedCommand(address, text, flash)));
            if (profile.gapMillis() > 0) {
                // Cheap boards need a quiet line between frames to find the next STX.
                Thread.sleep(profile.gapMillis());
            }
        } catch (IOException e) {
            LOG.warn("LED write to address {} failed: {}", address, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (stream != null) {
            stream.close();
        }
        link.close();
    }
}

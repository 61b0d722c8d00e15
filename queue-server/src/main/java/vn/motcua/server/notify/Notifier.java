package vn.motcua.server.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.EventType;
import vn.motcua.client.Json;
import vn.motcua.client.QueueEvent;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * Call-backs for tickets that have a contact phone (a checked-in booking, a remote join): "còn khoảng N số
 * nữa" once the ticket has at most N people ahead, and "mời đến quầy K" when it is first called; through
 * every configured channel. Committed events are read off the bus; messages go through an outbox table
 * (one row per ticket, kind and channel, so at most one of each) and are sent by this class's own thread
 * with retries and exponential backoff, so a slow or failing gateway never holds up the queue. The same rounds
 * send the live view's alerts to the manager's phone ({@link AlertDigest}).
 */
public final class Notifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private static final long TICK_MILLIS = 250;

    /** The live view's service-level check: raises and clears the alerts of services past their limits. */
    @FunctionalInterface
    public interface ServiceLevelCheck {
        void check(Connection c, long now) throws SQLException;
    }

    /** People ahead of a waiting ticket, as the ticket page shows it. */
    @FunctionalInterface
    public interface AheadCounter {
        int ahead(Connection c, long ticketId) throws SQLException;
    }

    private final Database db;
    private final Clock clock;
    private final CentreSettings centre;
    private final NotifyStore store;
    private final AheadCounter ahead;
    private final HttpPost post = new HttpPost();
    private final ConcurrentLinkedQueue<QueueEvent> events = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "notifier");
        t.setDaemon(true);
        return t;
    });
    private volatile NotifySettings settings;
    private final AlertDigest alerts;
    private final Outbox outbox;

    /** Call-backs only (no alerts to the manager's phone). */
    public Notifier(Database db, Clock clock, CentreSettings centre, NotifyStore store, AheadCounter ahead) {
        this(db, clock, centre, store, ahead, null);
    }

    /**
     * Call-backs, and the live view's alerts to the manager's phone when the settings name one.
     *
     * @param serviceLevels the live view's service-level check, run by the notifier every 15 s of the clock
     */
    public Notifier(Database db, Clock clock, CentreSettings centre, NotifyStore store, AheadCounter ahead,
                    ServiceLevelCheck serviceLevels) {
        this.alerts = serviceLevels == null ? null : new AlertDigest(db, clock, centre, serviceLevels);
        this.outbox = new Outbox("notification", db, clock);
        this.db = db;
        this.clock = clock;
        this.centre = centre;
        this.store = store;
        this.ahead = ahead;
        this.settings = db.read(this::load);
    }

    /** Subscribed to the event bus: only remembers the batch; the work is done on the notifier's thread. */
    public void onEvents(List<QueueEvent> batch) {
        events.addAll(batch);
    }

    public Notifier start() {
        worker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    public NotifySettings settings() {
        return settings;
    }

    public void save(NotifySettings requested) {
        NotifySettings value = requested.keepingSecretsOf(settings);
        String text;
        try {
            text = Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        db.transaction(c -> {
            centre.put(c, NotifySettings.SETTING, text);
            return null;
        });
        settings = value;
    }

    void tick() {
        try {
            enqueue();
            send();
            NotifySettings s = settings;
            if (alerts != null && s.manager() != null) { // nothing to read or send without the manager's phone
                alerts.gather(s, channels(s));
                alerts.send(s, name -> channel(s, name));
            }
        } catch (RuntimeException e) {
            LOG.error("notifier round failed: {}", e.toString());
        }
    }

    /** Turns the events seen since the last round into outbox rows. */
    void enqueue() {
        List<QueueEvent> batch = new ArrayList<>();
        for (QueueEvent e; (e = events.poll()) != null; ) {
            batch.add(e);
        }
        List<String> channels = channels(settings);
        if (batch.isEmpty() || channels.isEmpty()) {
            return;
        }
        long now = clock.millis();
        db.transaction(c -> {
            Set<String> services = new HashSet<>();
            for (QueueEvent e : batch) {
                if (e.service() != null) {
                    services.add(e.service());
                }
                if (e.eventType() == EventType.TICKET_CALLED && e.ticketId() != null && store.hasContact(c, e.ticketId())) {
                    for (String ch : channels) {
                        store.enqueue(c, e.ticketId(), ch, new Message(Message.Kind.CALLED, e.number(), e.counter(), null), now);
                    }
                }
            }
            for (String service : services) {
                for (long id : store.waitingWithoutSoon(c, service)) {
                    int n = ahead.ahead(c, id);
                    if (n <= settings.aheadThreshold()) {
                        String number = Sql.one(c, "SELECT number FROM ticket WHERE id = ?", rs -> rs.getString(1), id).orElseThrow();
                        for (String ch : channels) {
                            store.enqueue(c, id, ch, new Message(Message.Kind.SOON, number, null, Math.max(1, n)), now);
                        }
                    }
                }
            }
            return null;
        });
    }

    /** Sends what is due; a failure is retried after a growing pause, then given up (state FAILED). */
    void send() {
        long now = clock.millis();
        NotifySettings s = settings;
        for (NotifyStore.Due d : db.read(c -> store.due(c, now, 20))) {
            Channel channel = channel(s, d.channel());
            String phone = db.read(c -> store.phone(c, d.ticketId()).orElse(null));
            if (channel == null || phone == null) {
                outbox.drop(d.id(), channel == null ? "channel off" : "no contact");
                continue;
            }
            outbox.deliver(d.id(), d.attempts(), s, d.channel() + " call-back for ticket " + d.message().number(),
                    () -> channel.send(phone, d.message()));
        }
    }

    private Channel channel(NotifySettings s, String name) {
        if ("SMS".equals(name) && s.sms() != null) {
            return new SmsGateway(s.sms(), post);
        }
        if ("WEBHOOK".equals(name) && s.webhook() != null) {
            return new WebhookChannel(s.webhook(), post);
        }
        return null;
    }

    private static List<String> channels(NotifySettings s) {
        List<String> out = new ArrayList<>();
        if (s.sms() != null) {
            out.add("SMS");
        }
        if (s.webhook() != null) {
            out.add("WEBHOOK");
        }
        return out;
    }

    private NotifySettings load(Connection c) throws SQLException {
        var raw = centre.get(c, NotifySettings.SETTING);
        if (raw.isEmpty()) {
            return NotifySettings.defaults();
        }
        try {
            return Json.mapper().readValue(raw.get(), NotifySettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("setting 'notify' is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

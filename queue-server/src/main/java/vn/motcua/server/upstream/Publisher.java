package vn.motcua.server.upstream;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.upstream.UpstreamAck;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.StorageException;

/**
 * Pushes the outbox to the hub on one thread, oldest first, one batch at a time. A row counts as sent only
 * once the hub has acknowledged it; on any failure the same rows go again after a growing pause, so nothing
 * is skipped and the hub's (centre, id) key turns a repeat into a duplicate it stores once.
 */
final class Publisher implements AutoCloseable {
    static final int MAX_BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final Supplier<UpstreamConfig> config;
    private final HubClient hub = new HubClient();
    private final Object signal = new Object();
    private final Thread thread;
    private volatile Timing timing = Timing.DEFAULT;
    private volatile boolean closed;
    private boolean woken;
    private long lastPrune;

    Publisher(Database db, Clock clock, Outbox outbox, Supplier<UpstreamConfig> config) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.config = config;
        this.thread = new Thread(this::run, "upstream-publisher");
        this.thread.setDaemon(true);
    }

    void timing(Timing t) {
        this.timing = t;
        wake();
    }

    void start() {
        thread.start();
    }

    /** Look again now (the settings changed): ends an idle or backoff pause. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        int failures = 0;
        int limit = timing.batchSize();
        while (!closed) {
            Timing t = timing;
            limit = Math.min(limit, t.batchSize());
            try {
                pruneNowAndThen(t);
                UpstreamConfig c = config.get();
                if (!c.configured()) {
                    pause(t.idlePoll().toMillis());
                    continue;
                }
                long sentId = db.read(FeedState::read).sentId();
                int size = limit;
                List<UpstreamEvent> events = db.read(conn -> outbox.after(conn, sentId, size));
                if (events.isEmpty()) {
                    pause(t.idlePoll().toMillis());
                    continue;
                }
                long upTo = acknowledged(events, hub.send(c, new UpstreamBatch(c.centre(), events), t.requestTimeout()));
                db.transaction(conn -> {
                    FeedState.acknowledged(conn, upTo, clock.millis());
                    return null;
                });
                failures = 0;
            } catch (HubException e) {
                if (closed) {
                    break; // the send was cut short by close(): not the hub's failure, nothing to record
                }
                record(e.getMessage());
                if (e.status == 413 && limit > 1) {
                    // a hub behind a smaller body limit: smaller batches from now on, at once
                    limit = Math.max(1, limit / 2);
                    continue;
                }
                failures++;
                pause(t.backoff().delayMillis(failures));
            } catch (RuntimeException e) {
                // the store busy or closing, a row that cannot be read: log, wait and try again; the thread must
                // outlive it, or the feed would stop for good while the centre kept writing the outbox
                failures++;
                LOG.error("upstream publisher: {}", e.toString());
                pause(t.backoff().delayMillis(failures));
            }
        }
    }

    /** The last id the acknowledgement covers; an answer about other ids is a failure, not a licence to skip. */
    private static long acknowledged(List<UpstreamEvent> events, UpstreamAck ack) throws HubException {
        long first = events.get(0).id();
        long last = events.get(events.size() - 1).id();
        if (ack == null || ack.lastId() < first || ack.lastId() > last) {
            throw new HubException("hub acknowledged lastId " + (ack == null ? null : ack.lastId()) + " for a batch of ids "
                    + first + ".." + last, null);
        }
        return ack.lastId();
    }

    private void record(String error) {
        LOG.warn("upstream: {}", error);
        try {
            db.transaction(conn -> {
                FeedState.failed(conn, error, clock.millis());
                return null;
            });
        } catch (StorageException e) {
            LOG.error("upstream publisher cannot record its error: {}", e.getMessage());
        }
    }

    private void pruneNowAndThen(Timing t) {
        long now = clock.millis();
        if (now - lastPrune < PRUNE_EVERY.toMillis() && lastPrune != 0) {
            return;
        }
        lastPrune = now;
        boolean configured = config.get().configured();
        int pruned = db.transaction(conn -> configured
                ? outbox.pruneSent(conn, FeedState.read(conn).sentId(), now - t.keepSent().toMillis())
                : outbox.pruneUnconfigured(conn, now - t.keepUnconfigured().toMillis()));
        if (pruned > 0) {
            LOG.info("upstream outbox: pruned {} rows", pruned);
        }
    }

    private void pause(long millis) {
        synchronized (signal) {
            long until = System.currentTimeMillis() + millis;
            while (!woken && !closed) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    signal.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            woken = false;
        }
    }

    @Override
    public void close() {
        closed = true;
        wake();
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the publisher paces itself; tests and the bench shorten it. */
    record Timing(int batchSize, Duration idlePoll, Duration requestTimeout, Backoff backoff, Duration keepSent,
                  Duration keepUnconfigured) {
        static final Timing DEFAULT = new Timing(MAX_BATCH, Duration.ofSeconds(1), Duration.ofSeconds(30),
                new Backoff(Duration.ofMillis(500), Duration.ofMinutes(2), Math::random), Duration.ofDays(7), Duration.ofDays(30));

        Timing {
            if (batchSize < 1 || batchSize > MAX_BATCH) {
                throw new IllegalArgumentException("batch size must be 1.." + MAX_BATCH);
            }
        }
    }
}

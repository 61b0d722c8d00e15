package vn.motcua.server.hub;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.server.storage.StorageException;

/**
 * Group commit for the centres' batches: a writer thread takes every batch waiting at that moment (at most one
 * per centre, at most {@link #MAX_EVENTS} events) and stores them in one transaction, so 170 centres posting at
 * once cost a few commits (and WAL flushes) a second instead of one each, and one INSERT per kind of fact
 * instead of one per batch. Every request waits for the commit of the group that holds its batch, so an
 * acknowledgement still means durable. A group that fails is retried batch by batch, so a batch that cannot be
 * stored fails alone.
 */
final class GroupCommit<R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Events in one transaction: a few hundred milliseconds of work on a loaded host. */
    static final int MAX_EVENTS = 10_000;

    /** One centre's batch waiting for its group's commit. */
    record Pending<R>(HubCentre centre, List<UpstreamEvent> events, long now, CompletableFuture<R> done) {
    }

    /** Batches not yet in a group, oldest first; guarded by itself, as are {@link #inFlight} and the writers' waits. */
    private final ArrayDeque<Pending<R>> waiting = new ArrayDeque<>();
    /** Centres whose batch is in a group being written: their next batch waits for that group's end. */
    private final Set<Integer> inFlight = new HashSet<>();
    private final Function<List<Pending<R>>, List<R>> store;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * {@code store} writes a group in one transaction and returns each batch's result, in order. {@code writers}
     * groups are written at once (each its own connection and transaction): while one group waits for its COMMIT's
     * WAL flush, the next is already being inserted. A centre is in at most one of them, so its batches commit in
     * order and two groups never touch the same rows (no lock waits, no deadlock between them).
     */
    GroupCommit(int writers, Function<List<Pending<R>>, List<R>> store) {
        this.store = store;
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(this::loop, "hub-ingest-writer-" + i);
            t.setDaemon(true);
            this.writers.add(t);
        }
        this.writers.forEach(Thread::start);
    }

    /** Blocks until the batch's group committed; rethrows what storing it threw. */
    R submit(HubCentre centre, List<UpstreamEvent> events, long now) {
        Pending<R> p = new Pending<>(centre, events, now, new CompletableFuture<>());
        synchronized (waiting) {
            if (closed) {
                throw new StorageException("The hub is stopping", null);
            }
            waiting.add(p);
            waiting.notifyAll();
        }
        try {
            return p.done().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StorageException("Storing the batch failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while the batch was being stored", e);
        }
    }

    private void loop() {
        while (!closed) {
            List<Pending<R>> group;
            try {
                synchronized (waiting) {
                    while ((group = nextGroup()).isEmpty()) {
                        waiting.wait();
                    }
                }
            } catch (InterruptedException e) {
                break;
            }
            try {
                write(group);
            } catch (RuntimeException e) {
                LOG.warn("Hub ingest writer: {}", e.getMessage());
            } finally {
                synchronized (waiting) {
                    group.forEach(p -> inFlight.remove(p.centre().id()));
                    waiting.notifyAll();
                }
            }
        }
        StorageException stopping = new StorageException("The hub is stopping", null);
        synchronized (waiting) {
            waiting.forEach(p -> p.done().completeExceptionally(stopping));
            waiting.clear();
        }
    }

    /**
     * The oldest waiting batches, one per centre and none of a centre already in flight (its next batch waits for the
     * next group); marks their centres in flight. Called holding {@link #waiting}.
     */
    private List<Pending<R>> nextGroup() {
        List<Pending<R>> group = new ArrayList<>();
        Set<Integer> skipped = new HashSet<>();
        int events = 0;
        for (Iterator<Pending<R>> it = waiting.iterator(); it.hasNext(); ) {
            Pending<R> p = it.next();
            if (!group.isEmpty() && events + p.events().size() > MAX_EVENTS) {
                break;
            }
            int centre = p.centre().id();
            if (!skipped.contains(centre) && inFlight.add(centre)) {
                group.add(p);
                events += p.events().size();
                it.remove();
            } else {
                skipped.add(centre); // a centre's later batch never overtakes its earlier one
            }
        }
        return group;
    }

    private void write(List<Pending<R>> group) {
        try {
            List<R> results = store.apply(group);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1 || connectionLost(e)) {
                // the database is gone (or restarting): every batch would fail the same way, one by one
                group.forEach(p -> p.done().completeExceptionally(e));
                return;
            }
            for (Pending<R> p : group) {
                try {
                    p.done().complete(store.apply(List.of(p)).get(0));
                } catch (RuntimeException alone) {
                    p.done().completeExceptionally(alone);
                }
            }
        } catch (Error e) {
            StorageException failed = new StorageException("Storing the batch failed: " + e, e);
            group.forEach(p -> p.done().completeExceptionally(failed));
            LOG.error("Hub ingest writer: storing a group failed", e); // the writer keeps serving the next groups
        }
    }

    /** A connection-class SQLSTATE (08…, 57P…, 53…) anywhere in the chain. */
    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.startsWith("08") || state.startsWith("57P") || state.startsWith("53");
            }
        }
        return false;
    }

    @Override
    public void close() {
        synchronized (waiting) {
            closed = true;
        }
        writers.forEach(Thread::interrupt);
    }
}

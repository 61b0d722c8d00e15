package vn.motcua.server.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Hands committed events to live subscribers on one dispatcher thread, in commit order. A slow
 * subscriber delays the others but never a transaction.
 */
public final class EventBus implements AutoCloseable {
    private final List<Consumer<List<vn.motcua.client.QueueEvent>>> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "event-dispatch");
        t.setDaemon(true);
        return t;
    });

    /** Called after commit, under the store's lock, so events are queued in commit order. */
    public void publish(List<vn.motcua.client.QueueEvent> events) {
        if (!events.isEmpty()) {
            List<vn.motcua.client.QueueEvent> copy = List.copyOf(events);
            dispatcher.execute(() -> subscribers.forEach(s -> s.accept(copy)));
        }
    }

    public void subscribe(Consumer<List<vn.motcua.client.QueueEvent>> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<List<vn.motcua.client.QueueEvent>> subscriber) {
        subscribers.remove(subscriber);
    }

    /** Runs {@code task} on the dispatcher, ordered with the deliveries (used to register SSE clients). */
    public void onDispatcher(Runnable task) {
        dispatcher.execute(task);
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
    }
}

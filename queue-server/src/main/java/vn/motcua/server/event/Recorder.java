package vn.motcua.server.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.QueueEvent;
import vn.motcua.server.storage.Database;
import vn.motcua.server.upstream.Outbox;

/**
 * Appends the events of one transaction and publishes them once it has committed, so a subscriber never
 * sees an event that a crash could still undo. Each event also writes its row of the hub feed's outbox in
 * the same transaction.
 */
public final class Recorder {
    private final Database db;
    private final EventLog log;
    private final EventBus bus;
    private final Outbox outbox = new Outbox();

    public Recorder(Database db, EventLog log, EventBus bus) {
        this.db = db;
        this.log = log;
        this.bus = bus;
    }

    /** One transaction's collected events. */
    public final class Tx {
        private final Connection connection;
        private final List<QueueEvent> events = new ArrayList<>();

        private Tx(Connection connection) {
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }

        public QueueEvent record(NewEvent event) throws SQLException {
            QueueEvent e = log.append(connection, event);
            outbox.queue(connection, e.id(), event);
            events.add(e);
            return e;
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** A read on its own snapshot, outside the writer (what a screen shows). */
    public <T> T read(Database.Work<T> work) {
        return db.read(work);
    }

    public <T> T transaction(Work<T> work) {
        List<Tx> holder = new ArrayList<>(1);
        return db.transaction(c -> {
            Tx tx = new Tx(c);
            holder.add(tx);
            return work.run(tx);
        }, () -> bus.publish(holder.get(0).events));
    }
}

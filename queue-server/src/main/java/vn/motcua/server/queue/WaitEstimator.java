package vn.motcua.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.motcua.server.counter.Counter;
import vn.motcua.server.counter.CounterState;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.storage.WriterMemo;

/**
 * Estimated wait = people ahead × recent mean service time ÷ counters open for the service. The mean comes
 * from the last services finished (start → finish), falling back to the service's configured default.
 */
public final class WaitEstimator {
    private static final int SAMPLE = 20;

    public int minutes(Connection c, ServiceDef service, int ahead, List<Counter> counters) throws SQLException {
        long open = counters.stream()
                .filter(k -> k.state() == CounterState.OPEN && k.services().contains(service.code())).count();
        return minutes(c, service, ahead, open);
    }

    /** The same for one service without loading every counter: what each issued ticket needs. */
    public int minutes(Connection c, ServiceDef service, int ahead) throws SQLException {
        long open = WriterMemo.get(c, List.of("open_counters", service.code()),
                () -> Sql.count(c, "SELECT COUNT(*) FROM counter k JOIN counter_service s ON s.counter_number = k.number "
                        + "WHERE k.state = 'OPEN' AND s.service_code = ?", service.code()), "counter", "counter_service");
        return minutes(c, service, ahead, open);
    }

    private int minutes(Connection c, ServiceDef service, int ahead, long openCounters) throws SQLException {
        double mean = meanServiceMinutes(c, service);
        return (int) Math.ceil(ahead * mean / Math.max(1, openCounters));
    }

    double meanServiceMinutes(Connection c, ServiceDef service) throws SQLException {
        List<Long> durations = Sql.list(c,
                "SELECT f.at - s.at FROM event f JOIN event s ON s.ticket_id = f.ticket_id AND s.type = 'ticket.started' "
                        + "WHERE f.type = 'ticket.finished' AND f.service_code = ? ORDER BY f.id DESC LIMIT " + SAMPLE,
                rs -> rs.getLong(1), service.code());
        if (durations.size() < 3) {
            return service.defaultServiceMinutes();
        }
        return durations.stream().mapToLong(Long::longValue).average().orElse(0) / 60_000.0;
    }
}

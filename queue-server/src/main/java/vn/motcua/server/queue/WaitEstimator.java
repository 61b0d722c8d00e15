package vn.motcua.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.motcua.server.counter.Counter;
import vn.motcua.server.counter.CounterState;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.storage.Sql;

/**
 * Estimated wait = people ahead × recent mean service time ÷ counters open for the service. The mean comes
 * from the last services finished (start → finish), falling back to the service's configured default.
 */
public final class WaitEstimator {
    private static final int SAMPLE = 20;

    public int minutes(Connection c, ServiceDef service, int ahead, List<Counter> counters) throws SQLException {
        long open = counters.stream()
                .filter(k -> k.state() == CounterState.OPEN && k.services().contains(service.code())).count();
        double mean = meanServiceMinutes(c, service);
        return (int) Math.ceil(ahead * mean / Math.max(1, open));
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

package vn.motcua.server.alert;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Sql;

/**
 * Compares each service's queue now with the manager's limits and keeps the alerts in step: raised when the
 * longest current wait or the queue length goes past its limit, cleared when it is back under. Run whenever
 * the live view is read, so a wait that crosses its limit with no event in between still shows.
 */
public final class ServiceLevelWatch {
    private final ServiceStore services;
    private final ServiceLimits limits;
    private final AlertStore alerts;

    public ServiceLevelWatch(ServiceStore services, ServiceLimits limits, AlertStore alerts) {
        this.services = services;
        this.limits = limits;
        this.alerts = alerts;
    }

    /** A service's queue now: how many wait and since when the longest has waited in it. */
    public record Queue(int count, long oldest) {
    }

    /** Time in the current queue: a transferred or next-service segment waits from when it joined. */
    public static Map<String, Queue> queues(Connection c) throws SQLException {
        Map<String, Queue> waiting = new HashMap<>();
        for (var row : Sql.list(c, "SELECT service_code, COUNT(*), MIN(CASE WHEN origin_ticket_id IS NULL THEN arrived_at "
                        + "ELSE issued_at END) FROM ticket WHERE state = 'WAITING' GROUP BY service_code",
                rs -> Map.entry(rs.getString(1), new Queue(rs.getInt(2), rs.getLong(3))))) {
            waiting.put(row.getKey(), row.getValue());
        }
        return waiting;
    }

    /** @return the services past a limit now */
    public Set<String> sync(Connection c, Map<String, Queue> waiting, long now) throws SQLException {
        Map<String, ServiceDef> byCode = new HashMap<>();
        for (ServiceDef s : services.all(c)) {
            byCode.put(s.code(), s);
        }
        Set<String> over = new TreeSet<>();
        for (ServiceLimits.Limit limit : limits.all(c)) {
            ServiceDef s = byCode.get(limit.service());
            Queue q = waiting.get(limit.service());
            String waitKey = "service-wait:" + s.code();
            long limitMillis = limit.maxWaitMinutes() * 60_000L;
            if (q != null && now - q.oldest() > limitMillis) {
                long minutes = (now - q.oldest()) / 60_000;
                String what = limit.waitIsTarget() ? "mục tiêu" : "giới hạn";
                String whatEn = limit.waitIsTarget() ? "target" : "limit";
                alerts.hold(c, "wait", waitKey, s.code(), s.nameVi() + ": có người đã chờ " + minutes + " phút, vượt "
                        + what + " " + limit.maxWaitMinutes() + " phút", s.nameEn() + ": a visitor has waited " + minutes
                        + " min, over the " + limit.maxWaitMinutes() + "-minute " + whatEn, q.oldest() + limitMillis, now);
                over.add(s.code());
            } else {
                alerts.resolve(c, waitKey, now);
            }
            String lengthKey = "service-queue:" + s.code();
            int n = q == null ? 0 : q.count();
            if (limit.maxQueue() != null && n > limit.maxQueue()) {
                alerts.hold(c, "queue", lengthKey, s.code(), s.nameVi() + ": " + n + " người đang chờ, vượt giới hạn "
                        + limit.maxQueue() + " người", s.nameEn() + ": " + n + " people waiting, over the limit of "
                        + limit.maxQueue(), now, now);
                over.add(s.code());
            } else {
                alerts.resolve(c, lengthKey, now);
            }
        }
        return over;
    }
}

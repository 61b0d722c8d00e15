package vn.motcua.server.alert;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Sql;

/**
 * The manager's service levels: per service the longest acceptable current wait and queue length. Without a
 * setting the wait limit is the service's wait target (15 minutes by default) and the queue has no limit.
 */
public final class ServiceLimits {
    static final int MAX_WAIT_MINUTES = 600;
    static final int MAX_QUEUE = 10_000;

    /** One service's limits; {@code maxQueue} null means no queue-length limit. */
    public record Limit(String service, int maxWaitMinutes, Integer maxQueue, boolean waitIsTarget) {
    }

    /** A change as the manager sends it: null clears the setting (back to the default). */
    public record Change(String service, Integer maxWaitMinutes, Integer maxQueue) {
    }

    private final ServiceStore services;

    public ServiceLimits(ServiceStore services) {
        this.services = services;
    }

    public List<Limit> all(Connection c) throws SQLException {
        Map<String, Integer[]> set = new HashMap<>();
        for (var row : Sql.list(c, "SELECT service_code, max_wait_min, max_queue FROM service_limit",
                rs -> Map.entry(rs.getString(1), new Integer[] {Sql.intOrNull(rs, "max_wait_min"), Sql.intOrNull(rs, "max_queue")}))) {
            set.put(row.getKey(), row.getValue());
        }
        return services.all(c).stream().map(s -> {
            Integer[] v = set.getOrDefault(s.code(), new Integer[2]);
            return new Limit(s.code(), v[0] == null ? s.targetWaitMinutes() : v[0], v[1], v[0] == null);
        }).toList();
    }

    /** Applies every change or none: a bad entry is refused with its service named. */
    public void apply(Connection c, List<Change> changes) throws SQLException {
        if (changes == null || changes.isEmpty()) {
            throw ApiException.badRequest("invalid_field", "Thiếu danh sách giới hạn / body must be a non-empty list");
        }
        for (Change ch : changes) {
            if (ch == null || ch.service() == null) {
                throw ApiException.badRequest("invalid_field", "Thiếu trường bắt buộc / missing field 'service'");
            }
            ServiceDef s = services.find(c, ch.service()).orElseThrow(() -> ApiException.badRequest("invalid_field",
                    "Dịch vụ không tồn tại / unknown service in field 'service': " + ch.service()));
            check(ch.maxWaitMinutes(), MAX_WAIT_MINUTES, "maxWaitMinutes", s.code());
            check(ch.maxQueue(), MAX_QUEUE, "maxQueue", s.code());
        }
        for (Change ch : changes) {
            Sql.update(c, "DELETE FROM service_limit WHERE service_code = ?", ch.service());
            if (ch.maxWaitMinutes() != null || ch.maxQueue() != null) {
                Sql.update(c, "INSERT INTO service_limit (service_code, max_wait_min, max_queue) VALUES (?, ?, ?)",
                        ch.service(), ch.maxWaitMinutes(), ch.maxQueue());
            }
        }
    }

    private static void check(Integer value, int max, String field, String service) {
        if (value != null && (value < 1 || value > max)) {
            throw ApiException.badRequest("invalid_field", "Giới hạn của dịch vụ " + service + " phải từ 1 đến " + max
                    + " / field '" + field + "' of service " + service + " must be 1.." + max);
        }
    }
}

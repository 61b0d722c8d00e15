package vn.motcua.server.report;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/** The manager's live picture: who waits where and for how long, what every counter is doing, alerts. */
public final class LiveView {
    private final Database db;
    private final Clock clock;
    private final ServiceStore services;
    private final CallPolicy policy;
    /** Ticket bursts refused lately: Vietnamese and English text of each. */
    private final java.util.function.Supplier<List<String[]>> bursts;
    private final List<AlertSource> sources;

    /** Alerts another feature raises on the live view (the hub feed falling behind), read in the same snapshot. */
    @FunctionalInterface
    public interface AlertSource {
        List<Alert> alerts(java.sql.Connection c, long now) throws java.sql.SQLException;
    }

    public LiveView(Database db, Clock clock, ServiceStore services, CallPolicy policy,
                    java.util.function.Supplier<List<String[]>> bursts) {
        this(db, clock, services, policy, bursts, List.of());
    }

    public LiveView(Database db, Clock clock, ServiceStore services, CallPolicy policy,
                    java.util.function.Supplier<List<String[]>> bursts, List<AlertSource> sources) {
        this.bursts = bursts;
        this.sources = List.copyOf(sources);
        this.db = db;
        this.clock = clock;
        this.services = services;
        this.policy = policy;
    }

    public record ServiceNow(String code, String nameVi, String nameEn, int waiting, Double longestWaitMinutes,
                             int targetWaitMinutes, boolean alert) {
    }

    public record CounterNow(int number, String name, boolean priority, String state, Long officerId, String officer,
                             String officerName, String currentNumber, String currentState, String currentService) {
    }

    /**
     * @param kind wait (a service past its target), device (a part not ONLINE), help (a help button pressed),
     *             burst (a device or person refused for taking tickets too fast)
     */
    public record Alert(String kind, String service, String messageVi, String messageEn) {
    }

    public record Live(OffsetDateTime at, int waiting, List<ServiceNow> services, List<CounterNow> counters,
                       List<Alert> alerts, List<String> priorityRule) {
    }

    private record Waiting(int count, long oldest) {
    }

    public Live now() {
        long now = clock.millis();
        return db.read(c -> {
            // Time in the current queue: a transferred segment waits from its transfer, not from the arrival.
            Map<String, Waiting> waiting = new HashMap<>();
            for (var row : Sql.list(c, "SELECT service_code, COUNT(*), MIN(CASE WHEN origin_ticket_id IS NULL THEN arrived_at "
                    + "ELSE issued_at END) FROM ticket WHERE state = 'WAITING' GROUP BY service_code",
                    rs -> Map.entry(rs.getString(1), new Waiting(rs.getInt(2), rs.getLong(3))))) {
                waiting.put(row.getKey(), row.getValue());
            }
            List<ServiceNow> perService = new ArrayList<>();
            List<Alert> alerts = new ArrayList<>();
            int total = 0;
            for (ServiceDef s : services.all(c)) {
                Waiting w = waiting.get(s.code());
                int n = w == null ? 0 : w.count();
                total += n;
                Double longest = w == null ? null : Stats.minutes(Math.max(0, now - w.oldest()));
                boolean alert = w != null && now - w.oldest() > s.targetWaitMillis();
                perService.add(new ServiceNow(s.code(), s.nameVi(), s.nameEn(), n, longest, s.targetWaitMinutes(), alert));
                if (alert) {
                    long minutes = (now - w.oldest()) / 60_000;
                    alerts.add(new Alert("wait", s.code(), s.nameVi() + ": có người đã chờ " + minutes + " phút, vượt mục tiêu "
                            + s.targetWaitMinutes() + " phút", s.nameEn() + ": a visitor has waited " + minutes
                            + " min, over the " + s.targetWaitMinutes() + "-minute target"));
                }
            }
            List<CounterNow> counters = Sql.list(c, "SELECT k.number, k.name, k.priority, k.state, k.officer_id, u.username, "
                    + "u.display_name, t.number, t.state, t.service_code FROM counter k "
                    + "LEFT JOIN app_user u ON u.id = k.officer_id LEFT JOIN ticket t ON t.id = k.current_ticket_id "
                    + "ORDER BY k.number", rs -> new CounterNow(rs.getInt(1), rs.getString(2), rs.getInt(3) == 1,
                    rs.getString(4), Sql.longOrNull(rs, "officer_id"), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getString(9), rs.getString(10)));
            alerts.addAll(DeviceAlerts.read(c, now));
            for (String[] b : bursts.get()) {
                alerts.add(new Alert("burst", null, b[0], b[1]));
            }
            for (AlertSource source : sources) {
                alerts.addAll(source.alerts(c, now));
            }
            return new Live(Instant.ofEpochMilli(now).atZone(CentreTime.ZONE).toOffsetDateTime(), total, perService,
                    counters, alerts, policy.describe());
        });
    }
}

package vn.motcua.server.report;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.server.alert.AlertStore;
import vn.motcua.server.alert.ServiceLevelWatch;
import vn.motcua.server.alert.ServiceLimits;
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
    /** Ticket bursts refused lately: who, and the Vietnamese and English text of each. */
    private final java.util.function.Supplier<List<String[]>> bursts;
    private final List<AlertSource> sources;
    private final ServiceLevelWatch watch;
    private final AlertStore alerts;

    /** Alerts another feature raises on the live view (the hub feed falling behind), read in the same snapshot. */
    @FunctionalInterface
    public interface AlertSource {
        List<Alert> alerts(java.sql.Connection c, long now) throws java.sql.SQLException;
    }

    /** An alert as another feature states it; stored, grouped and acknowledged like the others (kind:service). */
    public record Alert(String kind, String service, String messageVi, String messageEn) {
    }

    /** With the stored alerts and the service limits of {@code db}. */
    public LiveView(Database db, Clock clock, ServiceStore services, CallPolicy policy,
                    java.util.function.Supplier<List<String[]>> bursts) {
        this(db, clock, services, policy, bursts, List.of());
    }

    public LiveView(Database db, Clock clock, ServiceStore services, CallPolicy policy,
                    java.util.function.Supplier<List<String[]>> bursts, List<AlertSource> sources) {
        this(db, clock, services, policy, bursts, sources,
                new ServiceLevelWatch(services, new ServiceLimits(services), new AlertStore()), new AlertStore());
    }

    public LiveView(Database db, Clock clock, ServiceStore services, CallPolicy policy,
                    java.util.function.Supplier<List<String[]>> bursts, List<AlertSource> sources, ServiceLevelWatch watch,
                    AlertStore alerts) {
        this.bursts = bursts;
        this.sources = List.copyOf(sources);
        this.watch = watch;
        this.alerts = alerts;
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

    public record Live(OffsetDateTime at, int waiting, List<ServiceNow> services, List<CounterNow> counters,
                       List<AlertStore.Alert> alerts, List<String> priorityRule) {
    }

    public Live now() {
        long now = clock.millis();
        // A transaction, not a read: the service-level alerts are brought up to date as the view is drawn.
        return db.transaction(c -> {
            Map<String, ServiceLevelWatch.Queue> waiting = ServiceLevelWatch.queues(c);
            Set<String> over = watch.sync(c, waiting, now);
            List<ServiceNow> perService = new ArrayList<>();
            int total = 0;
            for (ServiceDef s : services.all(c)) {
                ServiceLevelWatch.Queue w = waiting.get(s.code());
                int n = w == null ? 0 : w.count();
                total += n;
                Double longest = w == null ? null : Stats.minutes(Math.max(0, now - w.oldest()));
                perService.add(new ServiceNow(s.code(), s.nameVi(), s.nameEn(), n, longest, s.targetWaitMinutes(),
                        over.contains(s.code())));
            }
            List<CounterNow> counters = Sql.list(c, "SELECT k.number, k.name, k.priority, k.state, k.officer_id, u.username, "
                    + "u.display_name, t.number, t.state, t.service_code FROM counter k "
                    + "LEFT JOIN app_user u ON u.id = k.officer_id LEFT JOIN ticket t ON t.id = k.current_ticket_id "
                    + "ORDER BY k.number", rs -> new CounterNow(rs.getInt(1), rs.getString(2), rs.getInt(3) == 1,
                    rs.getString(4), Sql.longOrNull(rs, "officer_id"), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getString(9), rs.getString(10)));
            alerts.sync(c, "burst", bursts.get(), now);
            Map<String, List<String[]>> fromSources = new java.util.TreeMap<>();
            for (AlertSource source : sources) {
                for (Alert a : source.alerts(c, now)) {
                    fromSources.computeIfAbsent(a.kind(), k -> new ArrayList<>())
                            .add(new String[] {a.messageVi(), a.messageEn(), a.service() == null ? "" : a.service()});
                }
            }
            // a source's alert no longer reported is over
            for (String kind : Sql.list(c, "SELECT DISTINCT kind FROM live_alert WHERE resolved_at IS NULL "
                    + "AND kind NOT IN ('device', 'help', 'wait', 'queue', 'burst')", rs -> rs.getString(1))) {
                fromSources.putIfAbsent(kind, List.of());
            }
            for (Map.Entry<String, List<String[]>> e : fromSources.entrySet()) {
                alerts.sync(c, e.getKey(), e.getValue(), now);
            }
            return new Live(Instant.ofEpochMilli(now).atZone(CentreTime.ZONE).toOffsetDateTime(), total, perService,
                    counters, alerts.shown(c, now), policy.describe());
        });
    }
}

package vn.motcua.server.alert;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.motcua.client.EventType;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.event.NewEvent;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.http.Require;
import vn.motcua.server.storage.Database;
import vn.motcua.server.ticket.ServiceDay;

/**
 * /api/v1/alerts: the manager marks an alert handled ("Đã xử lý": who and when, also in the audit trail), and
 * sets the service-level limits that raise the service alerts.
 */
public final class AlertRoutes {
    private final Database db;
    private final Recorder recorder;
    private final Clock clock;
    private final AlertStore alerts;
    private final ServiceLimits limits;
    private final Access access;
    private final JsonBodies bodies;

    public AlertRoutes(Database db, Recorder recorder, Clock clock, AlertStore alerts, ServiceLimits limits, Access access,
                       JsonBodies bodies) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.alerts = alerts;
        this.limits = limits;
        this.access = access;
        this.bodies = bodies;
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/api/v1/alerts/{id}/ack", ctx -> {
            Principal by = access.require(ctx, Role.MANAGER, Role.ADMIN);
            long id = Require.idParam(ctx.pathParam("id"), "id");
            long now = clock.millis();
            ctx.json(recorder.transaction(tx -> {
                AlertStore.Alert a = alerts.acknowledge(tx.connection(), id, by, now);
                // the other open dashboards redraw on this event
                tx.record(new NewEvent(EventType.ALERT_ACKNOWLEDGED, now, ServiceDay.of(now), null, null, a.service(), null,
                        null, null, null, by.userId(), null, 0, "alert:" + id));
                return a;
            }));
        });
        config.routes.get("/api/v1/alerts/limits", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ctx.json(db.read(limits::all));
        });
        config.routes.put("/api/v1/alerts/limits", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            List<ServiceLimits.Change> changes = Arrays.asList(bodies.read(ctx, ServiceLimits.Change[].class));
            ctx.json(db.transaction(c -> {
                limits.apply(c, changes);
                return limits.all(c);
            }));
        });
    }
}

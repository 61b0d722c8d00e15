package vn.motcua.server.device;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;
import vn.motcua.client.DeviceStatusReport;
import vn.motcua.client.EventType;
import vn.motcua.client.HelpRequest;
import vn.motcua.server.alert.DeviceAlerts;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.event.NewEvent;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.http.Require;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.ServiceDay;

/**
 * Devices report the health of their parts (a kiosk's printer out of paper) and citizens' help requests;
 * the manager sees both live.
 */
public final class DeviceRoutes {
    private final Database db;
    private final Recorder recorder;
    private final Clock clock;
    private final Access access;
    private final JsonBodies bodies;
    private final DeviceAlerts alerts;

    public DeviceRoutes(Database db, Recorder recorder, Clock clock, Access access, JsonBodies bodies, DeviceAlerts alerts) {
        this.alerts = alerts;
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.access = access;
        this.bodies = bodies;
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/api/v1/devices/status", ctx -> {
            Principal device = access.require(ctx, Role.KIOSK, Role.BOARD);
            DeviceStatusReport r = bodies.read(ctx, DeviceStatusReport.class);
            String part = checked(r.part(), "part", "[a-z][a-z0-9-]{0,39}");
            DeviceState state = Require.present(r.state(), "state");
            DeviceCode code = Require.present(r.code(), "code");
            String detail = r.detail() == null ? null : r.detail().substring(0, Math.min(200, r.detail().length()));
            long now = clock.millis();
            recorder.transaction(tx -> {
                var c = tx.connection();
                if (Sql.update(c, "UPDATE device_status SET state = ?, code = ?, detail = ?, at = ? WHERE device_id = ? AND part = ?",
                        state.name(), code.name(), detail, now, device.id(), part) == 0) {
                    Sql.update(c, "INSERT INTO device_status (device_id, part, state, code, detail, at) VALUES (?, ?, ?, ?, ?, ?)",
                            device.id(), part, state.name(), code.name(), detail, now);
                }
                alerts.status(c, device.id(), device.name(), part, state, code.name(), now);
                tx.record(NewEvent.fromDevice(EventType.DEVICE_STATUS, now, ServiceDay.of(now), device.id(),
                        new DeviceStatusEvent(device.name(), part, state, code).toDetail()));
                return null;
            });
            ctx.status(204);
        });
        config.routes.post("/api/v1/devices/help", ctx -> {
            Principal device = access.require(ctx, Role.KIOSK, Role.BOARD);
            HelpRequest r = bodies.read(ctx, HelpRequest.class);
            String reason = r.reason() == null ? "" : r.reason().substring(0, Math.min(100, r.reason().length()));
            long now = clock.millis();
            recorder.transaction(tx -> {
                alerts.help(tx.connection(), device.id(), device.name(), now);
                return tx.record(NewEvent.fromDevice(EventType.HELP_REQUESTED, now, ServiceDay.of(now), device.id(),
                        device.name() + ":" + reason));
            });
            ctx.status(204);
        });
        config.routes.get("/api/v1/devices", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ctx.json(db.read(c -> list(c)));
        });
    }

    private static List<Map<String, Object>> list(java.sql.Connection c) throws java.sql.SQLException {
        List<Map<String, Object>> devices = Sql.list(c, "SELECT id, kind, name, revoked FROM device ORDER BY name", rs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rs.getLong(1));
            m.put("kind", rs.getString(2).toLowerCase(java.util.Locale.ROOT));
            m.put("name", rs.getString(3));
            m.put("revoked", rs.getInt(4) == 1);
            return m;
        });
        for (Map<String, Object> d : devices) {
            d.put("parts", Sql.list(c, "SELECT part, state, code, detail, at FROM device_status WHERE device_id = ? ORDER BY part",
                    rs -> {
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("part", rs.getString(1));
                        p.put("state", rs.getString(2));
                        p.put("code", rs.getString(3));
                        p.put("detail", rs.getString(4));
                        p.put("at", Instant.ofEpochMilli(rs.getLong(5)).atZone(CentreTime.ZONE).toOffsetDateTime().toString());
                        return p;
                    }, d.get("id")));
        }
        return devices;
    }

    private static String checked(String value, String field, String pattern) {
        Require.present(value, field);
        if (!value.matches(pattern)) {
            throw ApiException.badRequest("invalid_field", "field '" + field + "' has an invalid value");
        }
        return value;
    }
}

package vn.motcua.server.notify;

import io.javalin.config.JavalinConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/** /api/v1/notify: the call-back settings (secrets never answered) and the day's messages, for the manager. */
public final class NotifyRoutes {
    private final Notifier notifier;
    private final Database db;
    private final Access access;
    private final JsonBodies bodies;
    private final java.time.Clock clock;

    public NotifyRoutes(Notifier notifier, Database db, Access access, JsonBodies bodies, java.time.Clock clock) {
        this.clock = clock;
        this.notifier = notifier;
        this.db = db;
        this.access = access;
        this.bodies = bodies;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/notify/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ctx.header("Cache-Control", "no-store").json(notifier.settings().redacted());
        });
        config.routes.put("/api/v1/notify/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            notifier.save(bodies.read(ctx, NotifySettings.class));
            ctx.json(notifier.settings().redacted());
        });
        // the alerts sent to the manager's phone that day: text, channel, how many alerts each told, delivery
        config.routes.get("/api/v1/notify/alert-messages", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            long[] range = day(ctx);
            ctx.json(db.read(c -> Sql.list(c, "SELECT id, channel, text, alerts, state, attempts, created_at, sent_at, last_error "
                    + "FROM alert_message WHERE created_at >= ? AND created_at < ? ORDER BY id", rs -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", rs.getLong(1));
                        m.put("channel", rs.getString(2));
                        m.put("text", rs.getString(3));
                        m.put("alerts", rs.getInt(4));
                        m.put("state", rs.getString(5));
                        m.put("attempts", rs.getInt(6));
                        m.put("createdAt", time(rs.getLong(7)));
                        long sent = rs.getLong(8);
                        m.put("sentAt", rs.wasNull() ? null : time(sent));
                        m.put("error", rs.getString(9));
                        return m;
                    }, range[0], range[1])));
        });
        config.routes.get("/api/v1/notify/messages", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            long[] range = day(ctx);
            long from = range[0];
            long to = range[1];
            ctx.json(db.read(c -> Sql.list(c, "SELECT number, kind, channel, counter_number, ahead, state, attempts, created_at, "
                    + "sent_at, last_error FROM notification WHERE created_at >= ? AND created_at < ? ORDER BY id", rs -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("number", rs.getString(1));
                        m.put("kind", rs.getString(2));
                        m.put("channel", rs.getString(3));
                        m.put("counter", Sql.intOrNull(rs, "counter_number"));
                        m.put("ahead", Sql.intOrNull(rs, "ahead"));
                        m.put("state", rs.getString(6));
                        m.put("attempts", rs.getInt(7));
                        m.put("createdAt", Instant.ofEpochMilli(rs.getLong(8)).atZone(CentreTime.ZONE).toOffsetDateTime());
                        long sent = rs.getLong(9);
                        m.put("sentAt", rs.wasNull() ? null : Instant.ofEpochMilli(sent).atZone(CentreTime.ZONE).toOffsetDateTime());
                        m.put("error", rs.getString(10));
                        return m;
                    }, from, to)));
        });
    }

    /** The ?day= (YYYY-MM-DD, default today) as [start, end) in epoch millis of the centre's time. */
    private long[] day(io.javalin.http.Context ctx) {
        LocalDate day;
        try {
            day = LocalDate.parse(ctx.queryParamAsClass("day", String.class).getOrDefault(
                    LocalDate.now(clock.withZone(CentreTime.ZONE)).toString()));
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("invalid_field", "Ngày không hợp lệ (YYYY-MM-DD) / invalid 'day'");
        }
        return new long[] {day.atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli(),
                day.plusDays(1).atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli()};
    }

    private static java.time.OffsetDateTime time(long millis) {
        return Instant.ofEpochMilli(millis).atZone(CentreTime.ZONE).toOffsetDateTime();
    }
}

package vn.motcua.server.audit;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.motcua.client.CentreTime;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * The audit trail of officer, manager and admin actions: every state-changing request they make, and every
 * login attempt, with who, what (method and path), when and the outcome. GET /api/v1/audit for managers
 * and admins.
 */
public final class AuditRoutes {
    /** Set by the login route so a failed attempt is attributed to the name that was tried. */
    public static final String LOGIN_NAME = "audit.login";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_ROWS = 5000;

    private final Database db;
    private final Access access;
    private final Clock clock;

    public AuditRoutes(Database db, Access access, Clock clock) {
        this.db = db;
        this.access = access;
        this.clock = clock;
    }

    public void addTo(JavalinConfig config) {
        config.routes.after(this::record);
        config.routes.get("/api/v1/audit", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            LocalDate from = day(ctx, "from", LocalDate.now(clock.withZone(CentreTime.ZONE)));
            LocalDate to = day(ctx, "to", from);
            long start = from.atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli();
            long end = to.plusDays(1).atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli();
            ctx.json(db.read(c -> Sql.list(c, "SELECT at, username, role, method, path, status, ip FROM audit "
                    + "WHERE at >= ? AND at < ? ORDER BY id LIMIT " + MAX_ROWS, rs -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("at", Instant.ofEpochMilli(rs.getLong(1)).atZone(CentreTime.ZONE).toOffsetDateTime().toString());
                        row.put("username", rs.getString(2));
                        row.put("role", rs.getString(3));
                        row.put("method", rs.getString(4));
                        row.put("path", rs.getString(5));
                        row.put("status", rs.getInt(6));
                        row.put("ip", rs.getString(7));
                        return row;
                    }, start, end)));
        });
    }

    private void record(Context ctx) {
        String method = ctx.method().name();
        if (!CHANGES.contains(method)) {
            return;
        }
        String loginName = ctx.attribute(LOGIN_NAME);
        Principal who = loginName == null ? access.principal(ctx).filter(p -> !p.device()).orElse(null) : null;
        if (loginName == null && who == null) {
            return; // devices and anonymous callers are not staff actions
        }
        String path = ctx.path().length() > 300 ? ctx.path().substring(0, 300) : ctx.path();
        db.transaction(c -> Sql.update(c, "INSERT INTO audit (at, user_id, username, role, method, path, status, ip) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", clock.millis(), who == null ? null : who.id(),
                who == null ? loginName : who.name(), who == null ? null : who.role().wireName(), method, path,
                ctx.statusCode(), ctx.ip()));
    }

    private static LocalDate day(Context ctx, String name, LocalDate fallback) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_field", "Ngày không hợp lệ / '" + name + "' must be YYYY-MM-DD");
        }
    }
}

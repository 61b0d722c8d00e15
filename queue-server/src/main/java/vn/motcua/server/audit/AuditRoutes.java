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
    /** Set by a route that reads personal data, so the read is recorded too, whoever made it (staff or device). */
    private static final String PERSONAL_READ = "audit.personal";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_ROWS = 5000;
    private static final int DEFAULT_ROWS = 500;

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
            ctx.header("Cache-Control", "no-store");
            AuditQuery q = AuditQuery.of(ctx, clock);
            ctx.json(db.read(c -> Sql.list(c, q.sql(), AuditRoutes::row, q.args())));
        });
    }

    /** Marks this request as a read of personal data: it is recorded in the trail with who made it. */
    public static void personalDataRead(Context ctx) {
        ctx.attribute(PERSONAL_READ, Boolean.TRUE);
    }

    private static Map<String, Object> row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", rs.getLong(1));
        row.put("at", Instant.ofEpochMilli(rs.getLong(2)).atZone(CentreTime.ZONE).toOffsetDateTime().toString());
        row.put("username", rs.getString(3));
        row.put("role", rs.getString(4));
        row.put("method", rs.getString(5));
        row.put("path", rs.getString(6));
        row.put("status", rs.getInt(7));
        row.put("ip", rs.getString(8));
        return row;
    }

    /**
     * Newest first, so a flood of failed logins cannot push the day's staff actions out of the first page;
     * {@code before=<id>} pages on, and filters narrow it: {@code user}, {@code method}, {@code path}
     * (prefix), {@code status}, {@code ip}.
     */
    private record AuditQuery(String sql, Object[] args) {
        static AuditQuery of(Context ctx, Clock clock) {
            LocalDate from = day(ctx, "from", LocalDate.now(clock.withZone(CentreTime.ZONE)));
            LocalDate to = day(ctx, "to", from);
            java.util.List<Object> args = new java.util.ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT id, at, username, role, method, path, status, ip FROM audit "
                    + "WHERE at >= ? AND at < ?");
            args.add(from.atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli());
            args.add(to.plusDays(1).atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli());
            long before = number(ctx, "before", Long.MAX_VALUE);
            if (before != Long.MAX_VALUE) {
                sql.append(" AND id < ?");
                args.add(before);
            }
            for (String[] f : new String[][] {{"user", "username = ?"}, {"method", "method = ?"}, {"ip", "ip = ?"}}) {
                String v = ctx.queryParam(f[0]);
                if (v != null && !v.isBlank()) {
                    sql.append(" AND ").append(f[1]);
                    args.add(v.length() > 100 ? v.substring(0, 100) : v);
                }
            }
            String path = ctx.queryParam("path");
            if (path != null && !path.isBlank()) {
                sql.append(" AND substr(path, 1, ?) = ?");
                args.add(path.length());
                args.add(path);
            }
            long status = number(ctx, "status", -1);
            if (status >= 0) {
                sql.append(" AND status = ?");
                args.add(status);
            }
            long limit = Math.min(MAX_ROWS, number(ctx, "limit", DEFAULT_ROWS));
            sql.append(" ORDER BY id DESC LIMIT ").append(limit);
            return new AuditQuery(sql.toString(), args.toArray());
        }

        private static long number(Context ctx, String name, long fallback) {
            String v = ctx.queryParam(name);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                long n = Long.parseLong(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw ApiException.badRequest("invalid_field", "Tham số không hợp lệ / '" + name + "' must be a positive number");
        }
    }

    private void record(Context ctx) {
        String method = ctx.method().name();
        boolean personal = Boolean.TRUE.equals(ctx.attribute(PERSONAL_READ));
        if (!CHANGES.contains(method) && !personal) {
            return;
        }
        String loginName = ctx.attribute(LOGIN_NAME);
        Principal who = loginName == null ? access.principal(ctx).filter(p -> personal || !p.device()).orElse(null) : null;
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

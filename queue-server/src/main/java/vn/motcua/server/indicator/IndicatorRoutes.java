package vn.motcua.server.indicator;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.motcua.client.indicator.IndicatorReport;
import vn.motcua.client.indicator.IndicatorTargets;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;

/**
 * {@code GET /api/v1/reports/indicators?from&to[&format=xlsx]} (manager, admin), the targets, and the page
 * {@code /manager/indicators}. Without dates the period is the current month up to today.
 */
public final class IndicatorRoutes {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final IndicatorService indicators;
    private final Access access;
    private final JsonBodies bodies;
    private final IndicatorSheet sheet = new IndicatorSheet();
    private final ClasspathPage page = new ClasspathPage("/web/manager/indicators.html");

    public IndicatorRoutes(IndicatorService indicators, Access access, JsonBodies bodies) {
        this.indicators = indicators;
        this.access = access;
        this.bodies = bodies;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/manager/indicators", page::serve);
        config.routes.get("/api/v1/reports/indicators", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
            if (!format.matches("json|xlsx")) {
                throw ApiException.badRequest("invalid_field", "Định dạng không hợp lệ / 'format' must be json or xlsx");
            }
            LocalDate today = indicators.today();
            IndicatorReport r = indicators.report(date(ctx, "from", today.withDayOfMonth(1)), date(ctx, "to", today));
            ctx.header("Cache-Control", "no-store");
            if (format.equals("json")) {
                ctx.json(r);
                return;
            }
            ctx.contentType(XLSX);
            ctx.header("Content-Disposition", "attachment; filename=\"chi-so-766-" + r.from() + "_" + r.to() + ".xlsx\"");
            ctx.result(sheet.render(r));
        });
        config.routes.put("/api/v1/reports/indicators/targets", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            indicators.setTargets(bodies.read(ctx, IndicatorTargets.class).targets());
            LocalDate today = indicators.today();
            ctx.json(indicators.report(today.withDayOfMonth(1), today));
        });
    }

    private static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_field", "Ngày không hợp lệ / '" + name + "' must be YYYY-MM-DD");
        }
    }
}

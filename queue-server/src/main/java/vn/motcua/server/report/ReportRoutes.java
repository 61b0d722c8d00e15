package vn.motcua.server.report;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.report.export.CsvExport;
import vn.motcua.server.report.export.PdfExport;
import vn.motcua.server.report.export.XlsxExport;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;

/** /manager and the manager's API: summary, live view, exports, report settings. */
public final class ReportRoutes {
    private final ReportService reports;
    private final LiveView live;
    private final Database db;
    private final CentreSettings centre;
    private final Access access;
    private final JsonBodies bodies;
    private final ClasspathPage page = new ClasspathPage("/web/manager/index.html");
    private final PdfExport pdf = new PdfExport();

    public ReportRoutes(ReportService reports, LiveView live, Database db, CentreSettings centre, Access access,
                        JsonBodies bodies) {
        this.reports = reports;
        this.live = live;
        this.db = db;
        this.centre = centre;
        this.access = access;
        this.bodies = bodies;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/manager", page::serve);
        config.routes.get("/api/v1/reports/summary", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ctx.json(reports.summary(query(ctx, false)));
        });
        config.routes.get("/api/v1/reports/live", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ctx.json(live.now());
        });
        config.routes.get("/api/v1/reports/visits", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            String format = ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format");
            if (!format.matches("xlsx|csv")) {
                throw ApiException.badRequest("invalid_field", "Định dạng không hợp lệ / 'format' must be xlsx or csv");
            }
            ReportService.Query q = query(ctx, false);
            db.transaction(new vn.motcua.server.forecast.EstimateAccuracy()::score);
            var export = new vn.motcua.server.report.export.VisitExport();
            var rows = db.read(c -> export.rows(c, q.from(), q.to()));
            ctx.contentType("xlsx".equals(format) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : "text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"luot-khach-" + q.from() + "_" + q.to() + "." + format + "\"");
            ctx.header("Cache-Control", "no-store");
            ctx.result("xlsx".equals(format) ? export.xlsx(rows) : export.csv(rows));
        });
        config.routes.get("/api/v1/reports/export", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            String format = ctx.queryParam("format");
            if (format == null || !format.matches("xlsx|pdf|csv")) {
                throw ApiException.badRequest("invalid_field", "Định dạng không hợp lệ / 'format' must be xlsx, pdf or csv");
            }
            // The PDF is the monthly summary: without dates it covers the current month.
            Summary s = reports.summary(query(ctx, format.equals("pdf")));
            String name = "bao-cao-" + s.from() + "_" + s.to() + "." + format;
            byte[] body = switch (format) {
                case "xlsx" -> new XlsxExport().render(s);
                case "pdf" -> pdf.render(s);
                default -> new CsvExport().render(s);
            };
            ctx.contentType(switch (format) {
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "pdf" -> "application/pdf";
                default -> "text/csv; charset=utf-8";
            });
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
            ctx.header("Cache-Control", "no-store");
            ctx.result(body);
        });
        config.routes.get("/api/v1/reports/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ctx.json(settings());
        });
        config.routes.put("/api/v1/reports/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ReportSettings.Change change = bodies.read(ctx, ReportSettings.Change.class);
            db.transaction(c -> {
                ReportSettings.apply(c, centre, change);
                return null;
            });
            ctx.json(settings());
        });
    }

    private Map<String, Object> settings() {
        ReportSettings s = db.read(c -> ReportSettings.read(c, centre));
        return Map.of("centreLevel", s.centreLevel().name(), "normPerYear", s.norm(),
                "normOverridden", s.normOverride() != null, "workingDaysPerYear", s.workingDaysPerYear(),
                "satisfactionTarget", s.satisfactionTarget(), "appointmentOnTimeMinutes", s.appointmentOnTimeMinutes(),
                "levels", java.util.Arrays.stream(CentreLevel.values()).map(l -> Map.of("code", l.name(), "norm", l.norm(),
                        "vi", l.vi(), "en", l.en())).toList());
    }

    private ReportService.Query query(Context ctx, boolean monthByDefault) {
        LocalDate today = reports.today();
        LocalDate from = date(ctx, "from", monthByDefault ? today.withDayOfMonth(1) : today);
        LocalDate to = date(ctx, "to", monthByDefault ? today.withDayOfMonth(today.lengthOfMonth()) : today);
        String service = blankToNull(ctx.queryParam("service"));
        String counterRaw = blankToNull(ctx.queryParam("counter"));
        Integer counter = null;
        if (counterRaw != null) {
            if (!counterRaw.matches("\\d{1,6}")) {
                throw ApiException.badRequest("invalid_field", "Quầy không hợp lệ / invalid 'counter'");
            }
            counter = Integer.parseInt(counterRaw);
        }
        return new ReportService.Query(from, to, service, counter, blankToNull(ctx.queryParam("officer")));
    }

    private static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String raw = blankToNull(ctx.queryParam(name));
        if (raw == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_field", "Ngày không hợp lệ / '" + name + "' must be YYYY-MM-DD");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package vn.motcua.server.hub;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.server.auth.LoginThrottle;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.report.ReportService;

/**
 * The hub's HTTP face: the centres' ingest (upstream token), login, the province API for managers, the
 * {@code /hub} page and its Excel export.
 */
public final class HubRoutes {
    private final HubCentres centres;
    private final HubAuth auth;
    private final IngestService ingest;
    private final LiveBoard live;
    private final HubReports reports;
    private final ProvinceTable province;
    private final LoginThrottle throttle;
    private final JsonBodies bodies = new JsonBodies();
    private final StaleRule stale;

    public HubRoutes(HubCentres centres, HubAuth auth, IngestService ingest, LiveBoard live, HubReports reports,
                     ProvinceTable province, LoginThrottle throttle, StaleRule stale) {
        this.centres = centres;
        this.auth = auth;
        this.ingest = ingest;
        this.live = live;
        this.reports = reports;
        this.province = province;
        this.throttle = throttle;
        this.stale = stale;
    }

    record LoginRequest(String username, String password) {
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/hub/v1/ingest", this::ingest);
        config.routes.get("/health", ctx -> {
            // up means the store answers: a hub that cannot commit must not look healthy to its load balancer
            centres.all();
            ctx.json(Map.of("status", "ok"));
        });
        config.routes.post("/api/v1/auth/login", ctx -> {
            LoginRequest r = bodies.read(ctx, LoginRequest.class);
            if (r.username() == null || r.password() == null) {
                throw ApiException.badRequest("missing_field", "Thiếu tên đăng nhập hoặc mật khẩu / username and password required");
            }
            throttle.check(ctx.ip(), r.username());
            try {
                HubAuth.Login login = auth.login(r.username(), r.password());
                throttle.succeeded(r.username());
                ctx.json(login.centre() == null ? Map.of("token", login.token(), "role", login.role().wireName())
                        : Map.of("token", login.token(), "role", login.role().wireName(), "centre", login.centre()));
            } catch (ApiException e) {
                throttle.failed(ctx.ip(), r.username());
                throw e;
            }
        });
        config.routes.post("/api/v1/auth/logout", ctx -> {
            bearer(ctx).ifPresent(auth::logout);
            ctx.status(204);
        });
        config.routes.get("/hub/v1/centres", ctx -> ctx.json(CentreViews.list(visible(user(ctx)), live, stale)));
        config.routes.get("/hub/v1/report", ctx -> {
            HubPrincipal who = user(ctx);
            ReportService.Query q = query(ctx);
            String code = ctx.queryParam("centre");
            if (code == null || code.isBlank()) {
                if (who.role() == HubRole.CENTRE_MANAGER) {
                    ctx.json(reports.centre(visible(who).get(0), q));
                } else {
                    ctx.json(reports.province(centres.all(), q));
                }
                return;
            }
            HubCentre centre = centres.byCode(code.trim()).orElseThrow(() -> ApiException.notFound("Trung tâm " + code));
            who.mayRead(centre);
            ctx.json(reports.centre(centre, q));
        });
        config.routes.get("/hub/v1/province", ctx -> {
            ReportService.Query q = query(ctx);
            ctx.json(province.of(visible(user(ctx)), q.from(), q.to()));
        });
        config.routes.get("/hub/v1/province.xlsx", ctx -> {
            ReportService.Query q = query(ctx);
            byte[] xlsx = ProvinceXlsx.render(province.of(visible(user(ctx)), q.from(), q.to()));
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"bao-cao-toan-tinh-" + q.from() + "_" + q.to() + ".xlsx\"")
                    .result(xlsx);
        });
        ClasspathPage page = new ClasspathPage("/hubweb/index.html");
        config.routes.get("/hub", page::serve);
        config.routes.get("/", ctx -> ctx.redirect("/hub"));
        asset(config, "/hub/hub.js", "/hubweb/hub.js", "text/javascript; charset=utf-8");
        asset(config, "/hub/hub.css", "/web/manager/manager.css", "text/css; charset=utf-8");
    }

    private static void asset(JavalinConfig config, String path, String resource, String type) {
        ClasspathPage file = new ClasspathPage(resource);
        config.routes.get(path, ctx -> {
            file.serve(ctx);
            ctx.contentType(type);
        });
    }

    /**
     * 401 for a missing or unknown token, 403 for a batch that names another centre, 400 naming the problem
     * for a malformed one; in every case nothing is stored. Answers {@code {"error": "..."}}.
     */
    private void ingest(Context ctx) {
        try {
            HubCentre centre = bearer(ctx).flatMap(centres::byToken).orElseThrow(() -> ApiException.unauthorized(
                    "Mã thiết bị trung tâm không hợp lệ / missing or unknown upstream token"));
            UpstreamBatch batch = bodies.read(ctx, UpstreamBatch.class);
            if (batch.centre() != null && !batch.centre().equals(centre.code())) {
                throw ApiException.forbidden("Lô của trung tâm khác / this token belongs to centre " + centre.code()
                        + ", the batch names " + batch.centre());
            }
            ctx.json(ingest.ingest(centre, batch));
        } catch (ApiException e) {
            ctx.status(e.status()).json(Map.of("error", e.getMessage()));
        }
    }

    private static java.util.Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(header.substring(7).trim());
    }

    private HubPrincipal user(Context ctx) {
        return bearer(ctx).flatMap(auth::authenticate).orElseThrow(() -> ApiException.unauthorized(
                "Cần đăng nhập / log in first (POST /api/v1/auth/login)"));
    }

    private List<HubCentre> visible(HubPrincipal who) {
        List<HubCentre> all = centres.all();
        if (who.role() == HubRole.PROVINCE_MANAGER) {
            return all;
        }
        List<HubCentre> own = new ArrayList<>();
        for (HubCentre c : all) {
            if (c.id() == who.centreId()) {
                own.add(c);
            }
        }
        return own;
    }

    private ReportService.Query query(Context ctx) {
        LocalDate today = reports.today();
        return new ReportService.Query(date(ctx, "from", today), date(ctx, "to", today), null, null, null);
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

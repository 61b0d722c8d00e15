package vn.motcua.server.forecast;

import vn.motcua.client.CentreTime;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.storage.Database;

/** {@code GET /api/v1/reports/wait-accuracy?from=&to=}: yesterday's and the period's accuracy, scored first. */
public final class AccuracyRoutes {
    private final Database db;
    private final Clock clock;
    private final Access access;
    private final EstimateAccuracy accuracy = new EstimateAccuracy();

    public AccuracyRoutes(Database db, Clock clock, Access access) {
        this.db = db;
        this.clock = clock;
        this.access = access;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/reports/wait-accuracy", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            LocalDate today = LocalDate.now(clock.withZone(CentreTime.ZONE));
            LocalDate from = date(ctx.queryParam("from"), "from", today.withDayOfMonth(1));
            LocalDate to = date(ctx.queryParam("to"), "to", today);
            if (to.isBefore(from)) {
                throw ApiException.badRequest("invalid_field", "'to' trước 'from' / 'to' is before 'from'");
            }
            db.transaction(accuracy::score);
            ctx.json(db.read(c -> Map.of("yesterday", accuracy.figures(c, today.minusDays(1), today.minusDays(1)),
                    "period", accuracy.figures(c, from, to))));
        });
    }

    private static LocalDate date(String raw, String name, LocalDate fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_field", "Ngày không hợp lệ / invalid date in '" + name + "': " + raw);
        }
    }
}

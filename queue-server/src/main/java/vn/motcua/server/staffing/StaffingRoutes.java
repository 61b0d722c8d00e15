package vn.motcua.server.staffing;

import vn.motcua.client.CentreTime;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.storage.Database;

/**
 * {@code GET /api/v1/staffing?target=15&level=0.9&arrivals=1.2&service=1.0&weekday=1}: the advice per
 * weekday × hour; {@code arrivals} and {@code service} scale the history for a what-if; {@code weekday}
 * (1 = Monday) is the day the simulator plays the advice on.
 */
public final class StaffingRoutes {
    private final Database db;
    private final Clock clock;
    private final Access access;

    public StaffingRoutes(Database db, Clock clock, Access access) {
        this.db = db;
        this.clock = clock;
        this.access = access;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/staffing", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            double target = number(ctx, "target", 15, 0, 240);
            double level = number(ctx, "level", 0.9, 0.01, 0.999);
            double arrivals = number(ctx, "arrivals", 1, 0, 10);
            double service = number(ctx, "service", 1, 0.1, 10);
            LocalDate today = LocalDate.now(clock.withZone(CentreTime.ZONE));
            int weekday = (int) number(ctx, "weekday", Math.min(5, today.getDayOfWeek().getValue()), 1, 7);
            try {
                ctx.json(db.read(c -> new StaffingPlan().plan(c, today, CentreTime.ZONE, target, level, arrivals, service,
                        weekday)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_field", "Không tính được / cannot advise: " + e.getMessage());
            }
        });
    }

    private static double number(Context ctx, String name, double fallback, double min, double max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(raw);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ApiException.badRequest("invalid_field", "Tham số '" + name + "' phải là số từ " + min + " đến " + max
                + " / parameter '" + name + "' must be a number from " + min + " to " + max + ", got " + raw);
    }
}

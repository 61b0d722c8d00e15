package vn.motcua.server.health;

import io.javalin.config.JavalinConfig;

/** GET /health: public, for monitors, the screen launcher and install scripts; 503 when a part FAILED. */
public final class HealthRoutes {
    private final HealthCheck check;

    public HealthRoutes(HealthCheck check) {
        this.check = check;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/health", ctx -> {
            Health h = check.check();
            ctx.header("Cache-Control", "no-store");
            ctx.status(h.failed() ? 503 : 200).json(h);
        });
    }
}

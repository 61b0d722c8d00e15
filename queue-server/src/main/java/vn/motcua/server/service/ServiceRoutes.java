package vn.motcua.server.service;

import io.javalin.config.JavalinConfig;
import vn.motcua.server.storage.Database;

/** GET /api/v1/services: public, the kiosk's tiles and the boards' names come from it. */
public final class ServiceRoutes {
    private final Database db;
    private final ServiceStore services;

    public ServiceRoutes(Database db, ServiceStore services) {
        this.db = db;
        this.services = services;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/services", ctx -> ctx.json(db.read(c -> services.all(c).stream()
                .map(ServiceDef::toInfo).toList())));
    }
}

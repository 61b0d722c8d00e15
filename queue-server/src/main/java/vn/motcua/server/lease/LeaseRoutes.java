package vn.motcua.server.lease;

import io.javalin.config.JavalinConfig;
import vn.motcua.client.LeaseRequest;
import vn.motcua.client.OfflineTicketRequest;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.JsonBodies;

/** POST /api/v1/leases and POST /api/v1/tickets/offline: kiosk devices only. */
public final class LeaseRoutes {
    private final LeaseService leases;
    private final Access access;
    private final JsonBodies bodies;
    private final BaseUrl baseUrl;

    public LeaseRoutes(LeaseService leases, Access access, JsonBodies bodies, BaseUrl baseUrl) {
        this.leases = leases;
        this.access = access;
        this.bodies = bodies;
        this.baseUrl = baseUrl;
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/api/v1/leases", ctx -> {
            var kiosk = access.require(ctx, Role.KIOSK);
            ctx.status(201).json(leases.grant(bodies.read(ctx, LeaseRequest.class), kiosk));
        });
        config.routes.post("/api/v1/tickets/offline", ctx -> {
            var kiosk = access.require(ctx, Role.KIOSK);
            LeaseService.Replayed r = leases.replay(bodies.read(ctx, OfflineTicketRequest.class), kiosk, baseUrl.of(ctx));
            ctx.status(r.created() ? 201 : 200).json(r.ticket());
        });
    }
}

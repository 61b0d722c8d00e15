package vn.motcua.server.identity;

import io.javalin.config.JavalinConfig;
import java.time.Instant;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.http.Require;
import vn.motcua.server.audit.AuditRoutes;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;

/**
 * POST /api/v1/identity-reads: a kiosk's card read or an officer's card check, recorded and audited.
 * /api/v1/tickets/{id}/identity: the identity an officer types at the counter for the ticket being served
 * (POST, in the audit trail as every officer's change) and reads back masked (GET, audited as a read).
 */
public final class IdentityRoutes {
    private final IdentityReads reads;
    private final CounterIdentities typed;
    private final Access access;
    private final JsonBodies bodies;

    public IdentityRoutes(IdentityReads reads, CounterIdentities typed, Access access, JsonBodies bodies) {
        this.reads = reads;
        this.typed = typed;
        this.access = access;
        this.bodies = bodies;
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/api/v1/identity-reads", ctx -> {
            Principal by = access.require(ctx, Role.KIOSK, Role.OFFICER);
            AuditRoutes.personalDataRead(ctx);
            IdentityReads.Issued issued = reads.record(bodies.read(ctx, IdentityReads.ReadRequest.class), by);
            ctx.header("Cache-Control", "no-store");
            ctx.status(201).json(Map.of("identityToken", issued.token(), "expiresAt",
                    Instant.ofEpochMilli(issued.expiresAt()).atZone(CentreTime.ZONE).toOffsetDateTime().toString()));
        });
        config.routes.post("/api/v1/tickets/{id}/identity", ctx -> {
            Principal by = access.require(ctx, Role.OFFICER);
            AuditRoutes.personalDataRead(ctx);
            CounterIdentities.View view = typed.type(Require.idParam(ctx.pathParam("id"), "id"),
                    bodies.read(ctx, CounterIdentities.Typed.class), by);
            ctx.header("Cache-Control", "no-store");
            ctx.status(201).json(view);
        });
        config.routes.get("/api/v1/tickets/{id}/identity", ctx -> {
            access.require(ctx, Role.OFFICER, Role.MANAGER);
            AuditRoutes.personalDataRead(ctx);
            long id = Require.idParam(ctx.pathParam("id"), "id");
            ctx.header("Cache-Control", "no-store");
            ctx.json(typed.of(id).orElseThrow(() -> ApiException.notFound("Danh tính nhập tại quầy của số / identity typed "
                    + "at the counter for ticket " + id)));
        });
    }
}

package vn.motcua.server.identity;

import io.javalin.config.JavalinConfig;
import java.time.Instant;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.audit.AuditRoutes;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;

/** POST /api/v1/identity-reads: a kiosk's card read or an officer's card check, recorded and audited. */
public final class IdentityRoutes {
    private final IdentityReads reads;
    private final Access access;
    private final JsonBodies bodies;

    public IdentityRoutes(IdentityReads reads, Access access, JsonBodies bodies) {
        this.reads = reads;
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
    }
}

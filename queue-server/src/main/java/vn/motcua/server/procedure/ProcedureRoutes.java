package vn.motcua.server.procedure;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.storage.Database;

/**
 * /api/v1/procedures: the catalogue, public like the national portal's (no personal data in it);
 * replacing it is for an admin.
 */
public final class ProcedureRoutes {
    private final Database db;
    private final ProcedureStore store;
    private final Access access;

    public ProcedureRoutes(Database db, ProcedureStore store, Access access) {
        this.db = db;
        this.store = store;
        this.access = access;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/procedures", ctx -> {
            String q = ctx.queryParam("q");
            if (q != null && q.length() > 100) {
                throw ApiException.badRequest("invalid_field", "Từ khoá quá dài / query 'q' longer than 100 characters");
            }
            List<Catalogue.Procedure> found = db.read(c -> store.search(c, q, ctx.queryParam("service")));
            ctx.json(Map.of("procedures", found, "documentTypes", db.read(store::documentTypes).values()));
        });
        config.routes.get("/api/v1/procedures/{code}", ctx -> ctx.json(db.read(c -> store.find(c, ctx.pathParam("code")))
                .orElseThrow(() -> ApiException.notFound("Thủ tục / procedure " + ctx.pathParam("code")))));
        config.routes.post("/api/v1/procedures/import", ctx -> {
            access.require(ctx, Role.ADMIN);
            Catalogue catalogue = store.parse(JsonBodies.bodyOf(ctx));
            int n = db.transaction(c -> store.importInto(c, catalogue));
            ctx.json(Map.of("imported", n, "version", String.valueOf(catalogue.version())));
        });
    }
}

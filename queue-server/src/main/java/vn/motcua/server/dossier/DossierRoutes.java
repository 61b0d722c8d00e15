package vn.motcua.server.dossier;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import vn.motcua.client.dossier.DossierList;
import vn.motcua.client.dossier.DossierSubmission;
import vn.motcua.client.dossier.HeldDocuments;
import vn.motcua.client.dossier.HeldQuery;
import vn.motcua.client.dossier.UploadPart;
import vn.motcua.client.dossier.UploadProgress;
import vn.motcua.client.dossier.UploadStart;
import vn.motcua.client.dossier.UploadStarted;
import vn.motcua.server.audit.AuditRoutes;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.dossier.upload.Uploads;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.http.Require;
import vn.motcua.server.storage.Database;

/**
 * Dossier API. Personal data (declaration, files) only to the submitting kiosk and to officers; the
 * look-up by code, for the receipt's QR and the kiosk's look-up screen, shows status and dates only.
 * Personal numbers travel in bodies, never in paths, so the request log never holds one.
 */
public final class DossierRoutes {
    private final DossierService dossiers;
    private final Uploads uploads;
    private final DossierCodes codes;
    private final Database db;
    private final Access access;
    private final JsonBodies bodies;
    private final BaseUrl baseUrl;
    private final ClasspathPage page = new ClasspathPage("/web/hs/index.html");

    public DossierRoutes(DossierService dossiers, Uploads uploads, DossierCodes codes, Database db, Access access,
                         JsonBodies bodies, BaseUrl baseUrl) {
        this.dossiers = dossiers;
        this.uploads = uploads;
        this.codes = codes;
        this.db = db;
        this.access = access;
        this.bodies = bodies;
        this.baseUrl = baseUrl;
    }

    record Settings(String agencyCode, Integer sequenceWidth) {
    }

    record StatusChange(String status, String note) {
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/api/v1/dossier-uploads", ctx -> {
            Principal p = access.require(ctx, Role.KIOSK);
            ctx.status(201).json(new UploadStarted(uploads.start(bodies.read(ctx, UploadStart.class), p)));
        });
        config.routes.post("/api/v1/dossier-uploads/{id}/parts", ctx -> {
            Principal p = access.require(ctx, Role.KIOSK);
            long id = Require.idParam(ctx.pathParam("id"), "id");
            ctx.json(new UploadProgress(uploads.addPart(id, bodies.read(ctx, UploadPart.class), p)));
        });
        config.routes.post("/api/v1/citizen-documents/query", ctx -> {
            Principal p = access.require(ctx, Role.KIOSK, Role.OFFICER);
            AuditRoutes.personalDataRead(ctx);
            ctx.json(new HeldDocuments(dossiers.held(bodies.read(ctx, HeldQuery.class), p)));
        });
        config.routes.post("/api/v1/dossiers", ctx -> {
            Principal p = access.require(ctx, Role.KIOSK);
            DossierSubmission s = bodies.read(ctx, DossierSubmission.class);
            ctx.status(201).json(dossiers.submit(s, p, baseUrl.of(ctx)));
        });
        config.routes.get("/api/v1/dossiers", ctx -> {
            Principal p = access.require(ctx, Role.OFFICER, Role.MANAGER, Role.ADMIN);
            AuditRoutes.personalDataRead(ctx);
            ctx.json(new DossierList(dossiers.today(baseUrl.of(ctx), p)));
        });
        config.routes.get("/api/v1/dossiers/lookup/{code}", ctx ->
                ctx.json(dossiers.lookup(ctx.pathParam("code"), ctx.queryParam("k"), baseUrl.of(ctx))));
        config.routes.get("/api/v1/dossiers/by-ticket/{id}", ctx -> {
            Principal p = access.require(ctx, Role.OFFICER, Role.MANAGER, Role.ADMIN);
            AuditRoutes.personalDataRead(ctx);
            long id = Require.idParam(ctx.pathParam("id"), "id");
            String code = dossiers.codeOfTicket(id).orElseThrow(() -> ApiException.notFound("Hồ sơ của số / dossier of ticket " + id));
            ctx.json(dossiers.viewFor(code, p, baseUrl.of(ctx)));
        });
        config.routes.get("/api/v1/dossiers/{code}", ctx -> {
            Principal p = access.require(ctx, Role.OFFICER, Role.MANAGER, Role.ADMIN);
            AuditRoutes.personalDataRead(ctx);
            ctx.json(dossiers.viewFor(ctx.pathParam("code"), p, baseUrl.of(ctx)));
        });
        config.routes.get("/api/v1/dossiers/{code}/documents/{position}", this::file);
        config.routes.post("/api/v1/dossiers/{code}/status", ctx -> {
            Principal p = access.require(ctx, Role.OFFICER, Role.MANAGER);
            StatusChange r = bodies.read(ctx, StatusChange.class);
            ctx.json(dossiers.setStatus(ctx.pathParam("code"), r.status(), r.note(), p, baseUrl.of(ctx)));
        });
        config.routes.get("/api/v1/dossier-settings", ctx -> {
            access.require(ctx, Role.KIOSK, Role.OFFICER, Role.MANAGER, Role.ADMIN);
            ctx.json(Map.of("agencyCode", db.read(codes::agency)));
        });
        config.routes.put("/api/v1/dossier-settings", ctx -> {
            access.require(ctx, Role.ADMIN);
            Settings s = bodies.read(ctx, Settings.class);
            db.transaction(c -> {
                codes.configure(c, s.agencyCode(), s.sequenceWidth());
                return null;
            });
            ctx.json(Map.of("agencyCode", db.read(codes::agency)));
        });
        config.routes.get("/hs/{code}", page::serve);
    }

    private void file(Context ctx) {
        Principal p = access.require(ctx, Role.OFFICER, Role.MANAGER);
        AuditRoutes.personalDataRead(ctx);
        int position;
        try {
            position = Integer.parseInt(ctx.pathParam("position"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_field", "Tham số không hợp lệ / invalid path parameter 'position'");
        }
        DossierFile file = dossiers.file(ctx.pathParam("code"), position, p)
                .orElseThrow(() -> ApiException.notFound("Tệp / file " + position));
        ctx.header("Cache-Control", "no-store").contentType(file.contentType()).result(file.content());
    }
}

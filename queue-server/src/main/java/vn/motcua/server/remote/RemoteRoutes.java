package vn.motcua.server.remote;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.booking.BookingQr;
import vn.motcua.server.booking.BookingThrottle;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;

/** /api/v1/remote (join from a phone, view, confirm with the entrance code, the entrance QR, settings) and /tu-xa, /xac-nhan. */
public final class RemoteRoutes {
    /** POST /api/v1/remote/join. */
    public record JoinRequest(String service, String phone) {
        @Override
        public String toString() {
            return "JoinRequest[service=" + service + ", phone=****]";
        }
    }

    /** POST /api/v1/remote/tickets/{token}/confirm: the code from the entrance QR. */
    public record ConfirmRequest(String code) {
    }

    private final RemoteService remote;
    private final BookingThrottle throttle;
    private final Access access;
    private final JsonBodies bodies;
    private final BaseUrl baseUrl;
    private final ClasspathPage joinPage = new ClasspathPage("/web/tu-xa.html");

    public RemoteRoutes(RemoteService remote, BookingThrottle throttle, Access access, JsonBodies bodies, BaseUrl baseUrl) {
        this.remote = remote;
        this.throttle = throttle;
        this.access = access;
        this.bodies = bodies;
        this.baseUrl = baseUrl;
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/api/v1/remote/join", ctx -> {
            throttle.attempt(ctx.ip());
            JoinRequest r = bodies.read(ctx, JoinRequest.class);
            ctx.status(201).header("Cache-Control", "no-store").json(remote.join(r.service(), r.phone(), baseUrl.of(ctx)));
        });
        config.routes.get("/api/v1/remote/tickets/{token}", ctx ->
                ctx.header("Cache-Control", "no-store").json(remote.view(ctx.pathParam("token"))));
        config.routes.post("/api/v1/remote/tickets/{token}/confirm", ctx -> {
            throttle.attempt(ctx.ip()); // a guessed entrance code costs an attempt
            ctx.json(remote.confirm(ctx.pathParam("token"), bodies.read(ctx, ConfirmRequest.class).code()));
        });
        // the code behind the entrance QR is for screens at the centre, not for anyone at home
        config.routes.get("/api/v1/remote/entrance", ctx -> {
            access.require(ctx, Role.KIOSK, Role.BOARD, Role.MANAGER, Role.ADMIN);
            ctx.header("Cache-Control", "no-store").json(Map.of("url", remote.entranceUrl(baseUrl.of(ctx))));
        });
        config.routes.get("/api/v1/remote/entrance.png", ctx -> {
            access.require(ctx, Role.KIOSK, Role.BOARD, Role.MANAGER, Role.ADMIN);
            ctx.header("Cache-Control", "no-store").contentType("image/png").result(BookingQr.png(remote.entranceUrl(baseUrl.of(ctx))));
        });
        config.routes.get("/api/v1/remote/settings", ctx -> ctx.json(remote.settings()));
        config.routes.put("/api/v1/remote/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            RemoteSettings s = bodies.read(ctx, RemoteSettings.class);
            remote.save(s);
            ctx.json(s);
        });
        config.routes.get("/tu-xa", joinPage::serve);
        config.routes.get("/xac-nhan", joinPage::serve);
    }
}

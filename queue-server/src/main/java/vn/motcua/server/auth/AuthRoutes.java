package vn.motcua.server.auth;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.http.Require;

/** POST /api/v1/auth/login and /logout. */
public final class AuthRoutes {
    private final AuthService auth;
    private final LoginThrottle throttle;
    private final JsonBodies bodies;

    public AuthRoutes(AuthService auth, LoginThrottle throttle, JsonBodies bodies) {
        this.auth = auth;
        this.throttle = throttle;
        this.bodies = bodies;
    }

    record LoginRequest(String username, String password) {
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/api/v1/auth/login", ctx -> {
            LoginRequest r = bodies.read(ctx, LoginRequest.class);
            Require.present(r.username(), "username");
            Require.present(r.password(), "password");
            ctx.attribute(vn.motcua.server.audit.AuditRoutes.LOGIN_NAME,
                    r.username().length() > 100 ? r.username().substring(0, 100) : r.username());
            throttle.check(ctx.ip(), r.username());
            try {
                AuthService.Login login = auth.login(r.username(), r.password());
                throttle.succeeded(r.username());
                ctx.json(Map.of("token", login.token(), "role", login.role().wireName()));
            } catch (RuntimeException e) {
                throttle.failed(ctx.ip(), r.username());
                throw e;
            }
        });
        config.routes.post("/api/v1/auth/logout", ctx -> {
            String header = ctx.header("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                auth.logout(header.substring(7).trim());
            }
            ctx.status(204);
        });
    }
}

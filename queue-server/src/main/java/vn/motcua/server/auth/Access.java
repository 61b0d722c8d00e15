package vn.motcua.server.auth;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import vn.motcua.server.http.ApiException;

/** Resolves the bearer token of a request and checks the caller's role. */
public final class Access {
    private static final String ATTRIBUTE = "principal";
    private final AuthService auth;

    public Access(AuthService auth) {
        this.auth = auth;
    }

    public Optional<Principal> principal(Context ctx) {
        Principal cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return Optional.of(cached);
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Optional<Principal> p = auth.authenticate(header.substring(7).trim());
        p.ifPresent(v -> ctx.attribute(ATTRIBUTE, v));
        return p;
    }

    /** The caller, who must hold one of {@code roles}: 401 without a valid token, 403 with another role. */
    public Principal require(Context ctx, Role... roles) {
        Principal p = principal(ctx).orElseThrow(() -> ApiException.unauthorized(
                "Cần đăng nhập / a valid bearer token is required"));
        if (Arrays.stream(roles).noneMatch(r -> r == p.role())) {
            // its own code, so a client (and the role-matrix test) can tell "wrong role" from "not your counter"
            throw new ApiException(403, "role_forbidden", "Vai trò " + p.role().wireName() + " không được phép / role "
                    + p.role().wireName() + " may not do this");
        }
        return p;
    }
}

package vn.motcua.server.rating;

import io.javalin.config.JavalinConfig;
import java.util.Arrays;
import java.util.Map;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.http.Require;

/** /rate?counter=N (the counter tablet) and its API: the pending ticket, the rating, the answer lists. */
public final class RatingRoutes {
    private final RatingService ratings;
    private final Access access;
    private final JsonBodies bodies;
    private final ClasspathPage page = new ClasspathPage("/web/rate/index.html");

    public RatingRoutes(RatingService ratings, Access access, JsonBodies bodies) {
        this.ratings = ratings;
        this.access = access;
        this.bodies = bodies;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/rate", page::serve);
        config.routes.get("/api/v1/ratings/options", ctx -> ctx.json(Map.of(
                "scores", Arrays.stream(Score.values()).map(s -> Map.of("code", s.name(), "vi", s.vi(), "en", s.en())).toList(),
                "reasons", Arrays.stream(Reason.values()).map(r -> Map.of("code", r.name(), "vi", r.vi(), "en", r.en())).toList(),
                "windowMinutes", RatingService.WINDOW_MILLIS / 60_000)));
        config.routes.get("/api/v1/ratings/pending", ctx -> {
            Principal device = access.require(ctx, Role.KIOSK, Role.BOARD);
            int counter = Require.intParam(ctx.queryParam("counter"), "counter");
            ratings.requireTabletOf(device, counter);
            ratings.pending(counter).ifPresentOrElse(ctx::json, () -> ctx.status(204));
        });
        config.routes.post("/api/v1/ratings", ctx -> {
            Principal device = access.require(ctx, Role.KIOSK, Role.BOARD);
            RatingService.RatingRequest body = bodies.read(ctx, RatingService.RatingRequest.class);
            if (body.counter() != null) {
                ratings.requireTabletOf(device, body.counter());
            }
            ctx.status(201).json(ratings.rate(body, device));
        });
    }
}

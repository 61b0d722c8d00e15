package vn.motcua.server.queue;

import io.javalin.config.JavalinConfig;
import java.util.Map;

/** GET /api/v1/queue (public snapshot) and GET /api/v1/policy (the rule in words). */
public final class QueueRoutes {
    private final SnapshotService snapshots;
    private final CallPolicy policy;

    public QueueRoutes(SnapshotService snapshots, CallPolicy policy) {
        this.snapshots = snapshots;
        this.policy = policy;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/queue", ctx -> ctx.json(snapshots.snapshot()));
        config.routes.get("/api/v1/policy", ctx -> {
            PolicySettings s = policy.settings();
            ctx.json(Map.of("weights", s.weights(), "priorityPerNormal", s.priorityPerNormal(),
                    "starvationShare", s.starvationShare(), "rule", policy.describe()));
        });
    }
}

package vn.motcua.server.health;

import java.util.Map;

/**
 * The answer of {@code GET /health}: {@code status} is "ok", "degraded" or "failed" (the worst part), and
 * each part says why. Monitors and scripts may go by the HTTP status alone: 503 only when a part FAILED.
 */
public record Health(String status, String version, Map<String, PartHealth> parts) {
    static Health of(String version, Map<String, PartHealth> parts) {
        PartHealth.State worst = parts.values().stream().map(PartHealth::state)
                .max(Enum::compareTo).orElse(PartHealth.State.OK);
        String status = switch (worst) {
            case OK -> "ok";
            case DEGRADED -> "degraded";
            case FAILED -> "failed";
        };
        return new Health(status, version, parts);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}

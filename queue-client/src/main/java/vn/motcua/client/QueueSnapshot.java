package vn.motcua.client;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * GET /api/v1/queue: what boards and kiosks show. Carries no personal data. {@code lastEventId} lets
 * a board that reloads the snapshot resume the event stream exactly after it.
 */
public record QueueSnapshot(String centreName, OffsetDateTime generatedAt, long lastEventId,
                            List<ServiceQueue> services, List<CounterStatus> counters, List<CallView> lastCalls) {
}

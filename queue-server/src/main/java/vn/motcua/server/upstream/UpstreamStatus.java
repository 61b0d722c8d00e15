package vn.motcua.server.upstream;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import vn.motcua.client.CentreTime;
import vn.motcua.server.storage.Sql;

/**
 * The wire shape of GET /api/v1/upstream. stale: rows have waited for the hub longer than
 * {@link #STALE_AFTER}, i.e. the province's view of this centre is behind.
 */
public record UpstreamStatus(boolean configured, String url, String centre, long backlog, OffsetDateTime lastSuccessAt,
                             String lastError, OffsetDateTime lastErrorAt, OffsetDateTime oldestUnsentAt, boolean stale) {
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    static UpstreamStatus read(Connection c, UpstreamConfig config, long now) throws SQLException {
        FeedState s = FeedState.read(c);
        long backlog = Sql.count(c, "SELECT COUNT(*) FROM outbox WHERE id > ?", s.sentId());
        Long oldest = Sql.one(c, "SELECT at FROM outbox WHERE id > ? ORDER BY id LIMIT 1", rs -> rs.getLong(1), s.sentId())
                .orElse(null);
        boolean stale = config.configured() && oldest != null && now - oldest > STALE_AFTER.toMillis();
        return new UpstreamStatus(config.configured(), config.url(), config.centre(), backlog, time(s.lastSuccessAt()),
                s.lastError(), time(s.lastErrorAt()), time(oldest), stale);
    }

    private static OffsetDateTime time(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).atZone(CentreTime.ZONE).toOffsetDateTime();
    }
}

package vn.motcua.server.upstream;

import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.report.LiveView;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;

/**
 * The centre side of the province feed: settings, the publisher and its routes. Without a hub configured
 * the publisher only idles (the outbox is still written, and pruned after a month).
 */
public final class UpstreamModule implements AutoCloseable {
    private final Database db;
    private final Clock clock;
    private final UpstreamSettings settings;
    private final Publisher publisher;

    public UpstreamModule(Database db, Clock clock, CentreSettings centre, Path dataDir) {
        this.db = db;
        this.clock = clock;
        this.settings = new UpstreamSettings(db, centre, dataDir);
        this.publisher = new Publisher(db, clock, new Outbox(), settings::current);
    }

    /** {@code serve --upstream}: wins over the settings page until the next restart. */
    public void useCommandLine(String url, String centre, String token) {
        settings.useCommandLine(new UpstreamConfig(url, centre, token));
        publisher.wake();
    }

    /** Shorter pauses for tests and the bench: idle poll, request timeout, first and longest retry pause. */
    public void timing(int batchSize, java.time.Duration idlePoll, java.time.Duration requestTimeout,
                       java.time.Duration retryBase, java.time.Duration retryCap) {
        Publisher.Timing d = Publisher.Timing.DEFAULT;
        publisher.timing(new Publisher.Timing(batchSize, idlePoll, requestTimeout, new Backoff(retryBase, retryCap, Math::random),
                d.keepSent(), d.keepUnconfigured()));
    }

    public void start() {
        publisher.start();
    }

    public UpstreamStatus status() {
        return db.read(c -> UpstreamStatus.read(c, settings.current(), clock.millis()));
    }

    /** The live view's alert while the hub is behind (Vietnamese first, English second). */
    public LiveView.AlertSource alerts() {
        return (c, now) -> {
            UpstreamStatus s = UpstreamStatus.read(c, settings.current(), now);
            if (!s.stale()) {
                return List.of();
            }
            String since = s.oldestUnsentAt().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM"));
            String why = s.lastError() == null ? "" : " — " + s.lastError();
            return List.of(new LiveView.Alert("upstream", null,
                    "Chưa gửi được dữ liệu lên hệ thống tỉnh từ " + since + ": " + s.backlog() + " bản ghi chờ gửi" + why,
                    "The province hub has not received this centre's data since " + since + ": " + s.backlog()
                            + " records waiting" + why));
        };
    }

    /** The wire shape of GET/PUT /api/v1/upstream/settings; the token is write-only. */
    public record SettingsView(String url, String centre, boolean tokenSet, boolean fromCommandLine) {
    }

    public record SettingsChange(String url, String centre, String token) {
    }

    private SettingsView view() {
        UpstreamConfig c = settings.current();
        return new SettingsView(c.url(), c.centre(), c.token() != null, settings.fromCommandLine());
    }

    public void addTo(JavalinConfig config, Access access, JsonBodies bodies) {
        config.routes.get("/api/v1/upstream", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ctx.json(status());
        });
        config.routes.get("/api/v1/upstream/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            ctx.json(view());
        });
        config.routes.put("/api/v1/upstream/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            SettingsChange change = bodies.read(ctx, SettingsChange.class);
            try {
                settings.save(change.url(), change.centre(), change.token());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_field", "Cấu hình liên thông không hợp lệ / " + e.getMessage());
            }
            publisher.wake();
            ctx.json(view());
        });
    }

    @Override
    public void close() {
        publisher.close();
    }
}

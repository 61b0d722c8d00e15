package vn.motcua.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre.Response;

/**
 * For HTTP tests that move time: a fresh demo centre on a temp SQLite file before each test, its clock in the
 * test's hands from a given start, closed after the test. A subclass's own {@code @BeforeEach} runs after the
 * centre is up and its {@code @AfterEach} before the centre closes.
 */
public abstract class CentreOnTestClock {
    /** Monday 2026-03-02 08:00 in Asia/Ho_Chi_Minh. */
    public static final Instant MONDAY_0800 = Instant.parse("2026-03-02T01:00:00Z");
    private final Instant start;
    protected MutableClock clock;
    protected TestCentre centre;

    protected CentreOnTestClock() {
        this(MONDAY_0800);
    }

    protected CentreOnTestClock(Instant start) {
        this.start = start;
    }

    @BeforeEach
    protected final void startCentre() throws Exception {
        clock = new MutableClock(start);
        centre = new TestCentre(clock);
    }

    @AfterEach
    protected final void closeCentre() {
        centre.close();
    }

    /** A call that must succeed (2xx); its body, or null when it has none. */
    protected JsonNode ok(String method, String path, String token, String body) {
        Response r = centre.call(method, path, token, body);
        assertThat(r.status()).as(method + " " + path + " → " + r.body()).isBetween(200, 204);
        return r.body();
    }

    /** A ticket issued at the kiosk, which must succeed; its id. */
    protected long issue(String service, String category) {
        Response r = centre.issue(service, category);
        assertThat(r.status()).isEqualTo(201);
        return r.body().get("id").asLong();
    }
}

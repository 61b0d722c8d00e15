package vn.motcua.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.server.storage.Database;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;

/** /health says which part is wrong, and only a failed part turns it into 503. */
class HealthCheckTest {
    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));

    @Test
    void aHealthyServerAnswersOkWithItsParts() throws Exception {
        try (TestCentre centre = new TestCentre()) {
            TestCentre.Response r = centre.call("GET", "/health", null, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body().get("status").asText()).isEqualTo("ok");
            assertThat(r.body().at("/parts/database/state").asText()).isEqualTo("OK");
            assertThat(r.body().at("/parts/database/detail").asText()).startsWith("writable, schema ");
            assertThat(r.body().at("/parts/disk/detail").asText()).contains("MB free");
        }
    }

    @Test
    void lowDiskIsDegradedAndAFullOneFails() {
        try (Database db = Database.open(data)) {
            long[] free = {HealthCheck.DISK_LOW_BYTES - 1};
            HealthCheck check = new HealthCheck(db, data, clock, dir -> free[0]);
            Health low = check.check();
            assertThat(low.status()).isEqualTo("degraded");
            assertThat(low.parts().get("disk").state()).isEqualTo(PartHealth.State.DEGRADED);
            free[0] = HealthCheck.DISK_FAILED_BYTES - 1;
            assertThat(check.check().status()).isEqualTo("degraded"); // the answer is kept for a second
            clock.advance(Duration.ofSeconds(2));
            Health full = check.check();
            assertThat(full.failed()).isTrue();
            assertThat(full.parts().get("disk").detail()).contains("below 100 MB");
            assertThat(full.parts().get("database").state()).isEqualTo(PartHealth.State.OK);
        }
    }

    @Test
    void aReadOnlyStoreFails() throws Exception {
        try (Database db = Database.open(data)) {
            Path store = data.resolve("queue.db");
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r--------"));
            try {
                Health h = new HealthCheck(db, data, clock, dir -> Long.MAX_VALUE).check();
                if (Files.isWritable(store)) {
                    return; // root ignores file modes: nothing to observe here
                }
                assertThat(h.failed()).isTrue();
                assertThat(h.parts().get("database").detail()).contains("not writable");
            } finally {
                Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    @Test
    void aClosedStoreFails() {
        Database db = Database.open(data);
        HealthCheck check = new HealthCheck(db, data, clock, dir -> Long.MAX_VALUE);
        db.close();
        Health h = check.check();
        assertThat(h.failed()).isTrue();
        assertThat(h.parts().get("database").detail()).contains("write transaction failed");
    }
}

package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * The estimate divides by the counters open for the service. A ticket counts them in SQL and the hall
 * board from the counters it has loaded; both must tell a citizen the same wait.
 */
class WaitEstimatorTest {
    @TempDir
    Path dir;

    @Test
    void onlyOpenCountersServingTheServiceShareItsQueue() {
        try (Database db = Database.open(dir)) {
            CounterStore counters = new CounterStore();
            db.transaction(c -> {
                Sql.update(c, "INSERT INTO service (code, prefix, name_vi, name_en, default_service_min) VALUES "
                        + "('A', 'A', 'Hộ tịch', 'Civil status', 6), ('B', 'B', 'Đất đai', 'Land', 10)");
                counters.insert(c, 1, "Quầy 1", false, List.of("A", "B"));
                counters.insert(c, 2, "Quầy 2", false, List.of("A"));
                counters.insert(c, 3, "Quầy 3", false, List.of("B"));
                counters.insert(c, 4, "Quầy 4", false, List.of("B"));
                Sql.update(c, "UPDATE counter SET state = 'OPEN' WHERE number IN (1, 3, 4)");
                Sql.update(c, "UPDATE counter SET state = 'PAUSED' WHERE number = 2");
                return null;
            });
            WaitEstimator estimator = new WaitEstimator();
            ServiceStore services = new ServiceStore();
            db.read(c -> {
                var a = services.find(c, "A").orElseThrow();
                var b = services.find(c, "B").orElseThrow();
                assertThat(estimator.minutes(c, a, 10)).isEqualTo(60); // counter 1 only: 10 × 6 min
                assertThat(estimator.minutes(c, b, 10)).isEqualTo(34); // counters 1, 3, 4: ⌈10 × 10 / 3⌉
                for (var s : List.of(a, b)) {
                    for (int ahead : new int[] {0, 1, 7, 10, 250}) {
                        assertThat(estimator.minutes(c, s, ahead)).isEqualTo(estimator.minutes(c, s, ahead, counters.all(c)));
                    }
                }
                return null;
            });
        }
    }
}

package vn.motcua.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many writers share commits; one that fails takes nobody else's change with it, and nothing acknowledged is lost. */
class GroupCommitTest {
    @TempDir
    Path dir;

    @Test
    void aFailingWorkRollsBackAloneAndEveryAcknowledgedWorkIsStored() throws Exception {
        Database db = Database.open(dir);
        db.transaction(c -> Sql.update(c, "CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE)"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Set acknowledged = new Set();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                try {
                    db.transaction(c -> {
                        Sql.update(c, "INSERT INTO probe (n) VALUES (?)", n);
                        if (n % 3 == 0) {
                            throw new IllegalStateException("refused " + n); // after its insert: must be undone
                        }
                        return null;
                    });
                    acknowledged.add(n);
                } catch (IllegalStateException e) {
                    refused.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        db.close();

        Database reopened = Database.open(dir);
        List<Integer> stored = reopened.read(c -> Sql.list(c, "SELECT n FROM probe ORDER BY n", rs -> rs.getInt(1)));
        reopened.close();
        assertThat(refused.get()).isEqualTo(667);
        assertThat(stored).hasSize(2000 - 667).allMatch(n -> n % 3 != 0);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged.values());
    }

    private static final class Set {
        private final java.util.Set<Integer> values = ConcurrentHashMap.newKeySet();

        void add(int n) {
            values.add(n);
        }

        java.util.Set<Integer> values() {
            return values;
        }
    }
}

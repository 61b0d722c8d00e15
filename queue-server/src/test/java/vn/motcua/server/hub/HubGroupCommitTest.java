package vn.motcua.server.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.server.report.CentreLevel;

/** Two writers: groups overlap, but a centre's batches never do, and they commit in the order sent. */
class HubGroupCommitTest {
    private static final HubCentre ONE = new HubCentre(1, "C1", "Một", CentreLevel.values()[1]);
    private static final HubCentre TWO = new HubCentre(2, "C2", "Hai", CentreLevel.values()[1]);

    @Test
    void aCentresNextBatchWaitsForItsGroupWhileOtherCentresAreWritten() throws Exception {
        CountDownLatch firstStoring = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        try (GroupCommit<String> commit = new GroupCommit<>(2, group -> {
            List<String> names = new ArrayList<>();
            for (GroupCommit.Pending<String> p : group) {
                names.add(p.centre().code() + "@" + p.now());
            }
            if (names.contains("C1@1")) {
                firstStoring.countDown();
                await(release);
            }
            stored.addAll(names);
            return names;
        })) {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> commit.submit(ONE, List.of(), 1));
            assertTrue(firstStoring.await(10, TimeUnit.SECONDS), "the first group is being written");
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> commit.submit(ONE, List.of(), 2));
            Thread.sleep(100); // the second batch of C1 is queued before C2's
            CompletableFuture<String> other = CompletableFuture.supplyAsync(() -> commit.submit(TWO, List.of(), 3));

            assertEquals("C2@3", other.get(10, TimeUnit.SECONDS), "the other writer stores C2 while C1's group is open");
            assertFalse(second.isDone(), "C1's next batch waits for the group that holds its first");
            assertEquals(List.of("C2@3"), stored);

            release.countDown();
            assertEquals("C1@1", first.get(10, TimeUnit.SECONDS));
            assertEquals("C1@2", second.get(10, TimeUnit.SECONDS));
            assertEquals(List.of("C2@3", "C1@1", "C1@2"), stored, "C1's batches commit in the order sent");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package vn.motcua.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.motcua.server.support.TestCentre;

/** Many kiosks and counters at once over HTTP: numbers stay unique and nobody is called twice. */
class ConcurrentDeskTest {
    @Property(tries = 4)
    void concurrentKiosksAndCountersNeverShareANumberOrATicket(@ForAll @IntRange(min = 2, max = 8) int kiosks,
                                                                @ForAll @IntRange(min = 1, max = 4) int counterCount)
            throws Exception {
        try (TestCentre centre = new TestCentre()) {
            // the "kiosks" here share the demo's one kiosk token, up to 200 tickets at once: the flood limit
            // (IssueLimitTest) would refuse most of them, and this test is about concurrency, not floods
            centre.app.components().issueLimiter().limits(IssueLimits.OFF);
            List<Integer> counters = List.of(1, 2, 3, 4).subList(0, counterCount);
            List<String> officers = counters.stream().map(centre::officerAt).toList();
            ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> called = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int k = 0; k < kiosks; k++) {
                int kiosk = k;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String service = (kiosk + i) % 2 == 0 ? "A" : "B";
                        String category = i % 5 == 0 ? "ELDERLY" : "NORMAL";
                        TestCentre.Response r = centre.issue(service, category);
                        assertThat(r.status()).isEqualTo(201);
                        numbers.add(r.body().get("number").asText());
                    }
                }));
            }
            for (int i = 0; i < counters.size(); i++) {
                int counter = counters.get(i);
                String token = officers.get(i);
                work.add(pool.submit(() -> {
                    for (int round = 0; round < 60; round++) {
                        TestCentre.Response r = centre.call("POST", "/api/v1/counters/" + counter + "/next", token, null);
                        if (r.status() == 204) {
                            continue;
                        }
                        assertThat(r.status()).isEqualTo(200);
                        long id = r.body().get("id").asLong();
                        called.add(id);
                        centre.call("POST", "/api/v1/tickets/" + id + "/start", token, null);
                        centre.call("POST", "/api/v1/tickets/" + id + "/finish", token, "{\"outcome\":\"INFO_ONLY\"}");
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            assertThat(numbers).hasSize(kiosks * 25).doesNotHaveDuplicates();
            assertThat(called).doesNotHaveDuplicates();
            JsonNode snapshot = centre.call("GET", "/api/v1/queue", null, null).body();
            int waiting = 0;
            for (JsonNode s : snapshot.get("services")) {
                waiting += s.get("waiting").asInt();
            }
            assertThat(waiting + called.size()).isEqualTo(kiosks * 25);
        }
    }
}

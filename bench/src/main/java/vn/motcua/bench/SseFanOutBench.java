package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.motcua.client.EventType;

/** Part "sse": a call reaching 200 event-stream subscribers. */
final class SseFanOutBench extends BenchPart {
    SseFanOutBench(BenchRun run) {
        super(run);
    }

    /** Time from an officer's "next" to the ticket.called event at each of 200 open streams. */
    void sseFanOut() throws Exception {
        int subscribers = 200;
        int calls = 50;
        try (DemoServer demo = DemoServer.start("sse")) {
            String base = demo.base();
            JsonNode creds = demo.credentials();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String kiosk = creds.get("kioskToken").asText();
            for (int i = 0; i < calls; i++) {
                http.send(Load.post(base + "/api/v1/tickets", "{\"service\":\"A\"}").header("Authorization", "Bearer " + kiosk)
                        .build(), HttpResponse.BodyHandlers.discarding());
            }
            JsonNode officer = creds.get("officers").get(1);
            String login = http.send(Load.post(base + "/api/v1/auth/login", "{\"username\":\"" + officer.get("username").asText()
                    + "\",\"password\":\"" + officer.get("password").asText() + "\"}").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String token = json.readTree(login).get("token").asText();
            int counter = officer.get("counter").asInt();

            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            Latencies latencies = new Latencies();
            CountDownLatch subscribed = new CountDownLatch(subscribers);
            CountDownLatch received = new CountDownLatch(subscribers * calls);
            for (int s = 0; s < subscribers; s++) {
                // boards carry their token: anonymous streams are limited per address, and all 200 come from here
                http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/events")).header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + creds.get("boardToken").asText())
                        .build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(resp -> {
                            subscribed.countDown();
                            boolean called = false;
                            for (String line : (Iterable<String>) resp.body()::iterator) {
                                if (line.startsWith("event:")) {
                                    called = line.contains(EventType.TICKET_CALLED.wire());
                                } else if (called && line.startsWith("data:")) {
                                    try {
                                        Long start = sentAt.get(json.readTree(line.substring(5)).path("number").asText());
                                        if (start != null) {
                                            latencies.add(System.nanoTime() - start);
                                            received.countDown();
                                        }
                                    } catch (Exception ignored) {
                                        // a malformed line would show as a missing sample
                                    }
                                }
                            }
                        });
            }
            subscribed.await(30, TimeUnit.SECONDS);
            Thread.sleep(1000);
            http.send(Load.post(base + "/api/v1/counters/" + counter + "/open", "").header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.discarding());
            for (int i = 1; i <= calls; i++) {
                String number = String.format("A%04d", i);
                sentAt.put(number, System.nanoTime());
                String called = http.send(Load.post(base + "/api/v1/counters/" + counter + "/next", "")
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
                long id = json.readTree(called).path("id").asLong();
                http.send(Load.post(base + "/api/v1/tickets/" + id + "/start", "").header("Authorization", "Bearer " + token)
                        .build(), HttpResponse.BodyHandlers.discarding());
                http.send(Load.post(base + "/api/v1/tickets/" + id + "/finish", "{\"outcome\":\"RECEIVED\"}")
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
                Thread.sleep(100);
            }
            received.await(30, TimeUnit.SECONDS);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("subscribers", subscribers);
            r.put("calls", calls);
            r.put("samples", latencies.count());
            r.put("p50", latencies.percentileMs(50));
            r.put("p95", latencies.percentileMs(95));
            r.put("p99", latencies.percentileMs(99));
            results.put("sseFanOut", r);
            row("call -> ticket.called at 200 SSE subscribers (" + latencies.count() + " samples)",
                    String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", latencies.percentileMs(50),
                            latencies.percentileMs(95), latencies.percentileMs(99)));
        }
    }
}

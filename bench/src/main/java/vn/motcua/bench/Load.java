package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator: N client threads, each sending its next request when the previous one
 * answered, for a fixed time after a warm-up. Runs on the same cores as the server, as in production on a
 * small box, so numbers are comparable only within one run.
 */
final class Load {
    record Result(int clients, double seconds, long requests, long errors, double rps, double p50, double p99) {
    }

    private Load() {
    }

    /** @param request builds the i-th request of a client (a fresh body each time when it matters) */
    static Result run(int clients, Duration warmUp, Duration measure, IntFunction<HttpRequest> request) throws Exception {
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        long endAt = warmUntil + measure.toNanos();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Latencies latencies = new Latencies();
        List<Thread> threads = new ArrayList<>();
        AtomicLong seq = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < endAt) {
                    HttpRequest r = request.apply((int) seq.incrementAndGet());
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = 599;
                    }
                    long took = System.nanoTime() - start;
                    if (start >= warmUntil) {
                        requests.incrementAndGet();
                        if (status >= 400) {
                            errors.incrementAndGet();
                        }
                        latencies.add(took);
                    }
                }
            });
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        executor.shutdown();
        double seconds = measure.toNanos() / 1e9;
        return new Result(clients, seconds, requests.get(), errors.get(), requests.get() / seconds,
                latencies.percentileMs(50), latencies.percentileMs(99));
    }

    static HttpRequest.Builder post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }
}

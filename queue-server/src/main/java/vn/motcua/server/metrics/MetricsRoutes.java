package vn.motcua.server.metrics;

import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.client.QueueEvent;
import vn.motcua.server.event.EventBus;

/** GET /metrics in Prometheus text format: queue events by type and service, JVM memory and threads. */
public final class MetricsRoutes {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public MetricsRoutes(EventBus bus) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        bus.subscribe(this::count);
    }

    private void count(List<QueueEvent> events) {
        for (QueueEvent e : events) {
            String service = e.service() == null ? "-" : e.service();
            counters.computeIfAbsent(e.type() + "|" + service, k -> Counter.builder("queue_events")
                    .description("Queue events by type and service").tag("type", e.type()).tag("service", service)
                    .register(registry)).increment();
        }
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
    }
}

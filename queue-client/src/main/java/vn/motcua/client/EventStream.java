package vn.motcua.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Follows /api/v1/events for as long as it is open: reconnects by itself after any failure and sends
 * {@code Last-Event-ID} so no event is missed across a server restart. Listeners run on the stream's
 * own thread, in event order.
 */
public class EventStream implements AutoCloseable {
    /** Callbacks of the stream. Connection changes let a display show "mất kết nối". */
    public interface Listener {
        void onEvent(QueueEvent event);

        default void onConnected() {
        }

        default void onDisconnected(Throwable cause) {
        }
    }

    private final URI uri;
    private final String token;
    private final Listener listener;
    private final Duration retry;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = Json.mapper();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread thread;
    private volatile long lastEventId;

    public EventStream(String baseUrl, String token, long lastEventId, Duration retry, Listener listener) {
        String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.uri = URI.create(trimmed + "/api/v1/events");
        this.token = token;
        this.lastEventId = lastEventId;
        this.retry = retry;
        this.listener = listener;
        this.thread = new Thread(this::run, "event-stream");
        this.thread.setDaemon(true);
    }

    /** Convenience: a stream that calls {@code onEvent} and ignores connection changes. */
    public static EventStream follow(String baseUrl, String token, long lastEventId, Consumer<QueueEvent> onEvent) {
        return new EventStream(baseUrl, token, lastEventId, Duration.ofSeconds(1), onEvent::accept);
    }

    public EventStream start() {
        thread.start();
        return this;
    }

    public long lastEventId() {
        return lastEventId;
    }

    private void run() {
        while (open.get()) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                if (lastEventId > 0) {
                    request.header("Last-Event-ID", Long.toString(lastEventId));
                }
                HttpResponse<java.io.InputStream> response =
                        http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    response.body().close();
                    throw new QueueApiException(response.statusCode(), "http_" + response.statusCode(),
                            "Event stream " + uri + " answered " + response.statusCode(), null);
                }
                listener.onConnected();
                read(response);
                listener.onDisconnected(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!open.get()) {
                    return;
                }
                listener.onDisconnected(e);
            }
            sleepBeforeRetry();
        }
    }

    private void read(HttpResponse<java.io.InputStream> response) throws Exception {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            StringBuilder data = new StringBuilder();
            String line;
            while (open.get() && (line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        QueueEvent event = json.readValue(data.toString(), QueueEvent.class);
                        lastEventId = Math.max(lastEventId, event.id());
                        listener.onEvent(event);
                        data.setLength(0);
                    }
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
                // id:, event:, retry: and comments add nothing: the data carries id and type.
            }
        }
    }

    private void sleepBeforeRetry() {
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            open.set(false);
        }
    }

    @Override
    public void close() {
        open.set(false);
        thread.interrupt();
    }
}

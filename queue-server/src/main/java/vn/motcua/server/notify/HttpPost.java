package vn.motcua.server.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.motcua.client.Json;

/** A JSON POST with a deadline, for the SMS gateway and the webhook; 2xx is success, anything else a DeliveryException. */
final class HttpPost {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    void send(String channel, String url, String authorization, Object body) throws DeliveryException {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body)));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            int status = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DeliveryException(channel + " answered HTTP " + status);
            }
        } catch (IOException e) {
            throw new DeliveryException(channel + " unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(channel + " interrupted");
        } catch (IllegalArgumentException e) {
            throw new DeliveryException(channel + " address is not usable");
        }
    }
}

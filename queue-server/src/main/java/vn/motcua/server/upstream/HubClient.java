package vn.motcua.server.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.motcua.client.Json;
import vn.motcua.client.upstream.UpstreamAck;
import vn.motcua.client.upstream.UpstreamBatch;

/** POST {url}/hub/v1/ingest over real HTTP; anything but a well-formed 200 acknowledgement is a failure. */
final class HubClient {
    private static final ObjectMapper JSON = Json.mapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    UpstreamAck send(UpstreamConfig config, UpstreamBatch batch, Duration timeout) throws HubException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(batch);
        } catch (IOException e) {
            throw new HubException("cannot write the batch: " + e.getMessage(), e);
        }
        HttpRequest request = HttpRequest.newBuilder(config.ingest()).timeout(timeout)
                .header("Authorization", "Bearer " + config.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new HubException("hub did not answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new HubException("hub unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while sending", e);
        }
        if (response.statusCode() != 200) {
            throw new HubException(response.statusCode(), "hub answered " + response.statusCode() + errorOf(response.body()), null);
        }
        try {
            return JSON.readValue(response.body(), UpstreamAck.class);
        } catch (IOException e) {
            throw new HubException("hub answered 200 without a readable acknowledgement", e);
        }
    }

    /** The hub's {"error": "..."} text (or {"error": {"message": ...}}), if any. */
    private static String errorOf(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String text = error.isObject() ? error.path("message").asText("") : error.asText("");
            return text.isEmpty() ? "" : ": " + text;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}

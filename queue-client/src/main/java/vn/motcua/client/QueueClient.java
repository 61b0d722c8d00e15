package vn.motcua.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.client.booking.BookingConfirmation;
import vn.motcua.client.booking.BookingRequest;
import vn.motcua.client.booking.BookingSlot;
import vn.motcua.client.booking.BookingView;
import vn.motcua.client.dossier.DossierSubmission;
import vn.motcua.client.dossier.DossierView;
import vn.motcua.client.dossier.HeldDocuments;
import vn.motcua.client.dossier.HeldQuery;
import vn.motcua.client.dossier.IdentityRead;
import vn.motcua.client.dossier.IdentityToken;
import vn.motcua.client.dossier.UploadPart;
import vn.motcua.client.dossier.UploadProgress;
import vn.motcua.client.dossier.UploadStart;
import vn.motcua.client.dossier.UploadStarted;

/**
 * Blocking client for the queue server's /api/v1 (the pinned contract). Used by kiosks, display agents,
 * benchmarks and tests. Every failure surfaces as {@link QueueApiException}, with status 0 when the
 * server was not reached so callers can switch to their offline path.
 */
public class QueueClient {
    private final URI base;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = Json.mapper();
    private final Duration timeout;

    public QueueClient(String baseUrl, String token) {
        this(baseUrl, token, Duration.ofSeconds(5));
    }

    public QueueClient(String baseUrl, String token, Duration timeout) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public URI baseUri() {
        return base;
    }

    /** A client that carries another bearer token against the same server. */
    public QueueClient withToken(String otherToken) {
        return new QueueClient(base.toString(), otherToken, timeout);
    }

    public boolean healthy() {
        try {
            return send("GET", "/health", null).statusCode() == 200;
        } catch (QueueApiException e) {
            return false;
        }
    }

    public LoginResponse login(String username, String password) {
        return call("POST", "/api/v1/auth/login", Map.of("username", username, "password", password),
                new TypeReference<>() { });
    }

    public List<ServiceInfo> services() {
        return call("GET", "/api/v1/services", null, new TypeReference<>() { });
    }

    public TicketView issueTicket(IssueTicketRequest request) {
        return call("POST", "/api/v1/tickets", request, new TypeReference<>() { });
    }

    public TicketView ticket(long id) {
        return call("GET", "/api/v1/tickets/" + id, null, new TypeReference<>() { });
    }

    public TicketView cancel(long id) {
        return call("POST", "/api/v1/tickets/" + id + "/cancel", null, new TypeReference<>() { });
    }

    public Lease lease(LeaseRequest request) {
        return call("POST", "/api/v1/leases", request, new TypeReference<Lease>() { });
    }

    public TicketView replayOfflineTicket(OfflineTicketRequest request) {
        return call("POST", "/api/v1/tickets/offline", request, new TypeReference<TicketView>() { });
    }

    public QueueSnapshot queue() {
        return call("GET", "/api/v1/queue", null, new TypeReference<>() { });
    }

    public void reportDeviceStatus(DeviceStatusReport report) {
        call("POST", "/api/v1/devices/status", report, new TypeReference<JsonNode>() { });
    }

    public void requestHelp(HelpRequest request) {
        call("POST", "/api/v1/devices/help", request, new TypeReference<JsonNode>() { });
    }

    /** Announces a scanned document; its bytes follow in {@link #uploadPart} calls. */
    public UploadStarted startUpload(UploadStart start) {
        return call("POST", "/api/v1/dossier-uploads", start, new TypeReference<>() { });
    }

    public UploadProgress uploadPart(long uploadId, UploadPart part) {
        return call("POST", "/api/v1/dossier-uploads/" + uploadId + "/parts", part, new TypeReference<>() { });
    }

    /** Records the card read in this session; its token opens the citizen's stored documents. */
    public IdentityToken recordIdentityRead(IdentityRead read) {
        return call("POST", "/api/v1/identity-reads", read, new TypeReference<>() { });
    }

    /** Which documents of a procedure the citizen already holds as valid digitised copies. */
    public HeldDocuments heldDocuments(HeldQuery query) {
        return call("POST", "/api/v1/citizen-documents/query", query, new TypeReference<>() { });
    }

    /** Files a dossier (the kiosk's token); answers with the dossier including its personal data. */
    public DossierView submitDossier(DossierSubmission submission) {
        return call("POST", "/api/v1/dossiers", submission, new TypeReference<>() { });
    }

    /** The public look-up by dossier code and the receipt's key {@code k}: status and dates, no personal data. */
    public DossierView lookupDossier(String code, String k) {
        return call("GET", "/api/v1/dossiers/lookup/" + encode(code) + "?k=" + encode(k == null ? "" : k), null,
                new TypeReference<>() { });
    }

    /** Free appointment slots of a service on a day (YYYY-MM-DD, centre time). */
    public List<BookingSlot> bookingSlots(String service, java.time.LocalDate day) {
        return call("GET", "/api/v1/bookings/slots?service=" + encode(service) + "&date=" + day, null,
                new TypeReference<>() { });
    }

    public BookingConfirmation book(BookingRequest request) {
        return call("POST", "/api/v1/bookings", request, new TypeReference<>() { });
    }

    public BookingView booking(String code) {
        return call("GET", "/api/v1/bookings/" + encode(code), null, new TypeReference<>() { });
    }

    public BookingView cancelBooking(String code) {
        return call("DELETE", "/api/v1/bookings/" + encode(code), null, new TypeReference<>() { });
    }

    /** Checks a booking in at the kiosk (the kiosk's token): the APPOINTMENT ticket, or 409 outside the window. */
    public TicketView checkIn(String code) {
        return checkIn(code, false);
    }

    /** {@code waitIfEarly}: on the booking's day, take the ticket now although the window has not opened. */
    public TicketView checkIn(String code, boolean waitIfEarly) {
        return call("POST", "/api/v1/bookings/" + encode(code) + "/check-in",
                new vn.motcua.client.booking.CheckInRequest(waitIfEarly), new TypeReference<>() { });
    }

    /** Today's bookings still to check in of the holder of a personal number (kiosk; audited, throttled). */
    public List<vn.motcua.client.booking.BookingMatch> bookingsToday(String personalNumber) {
        return call("POST", "/api/v1/bookings/today", new vn.motcua.client.booking.PersonLookup(personalNumber),
                new TypeReference<>() { });
    }

    public BookingView moveBooking(String code, vn.motcua.client.booking.BookingMove move) {
        return call("POST", "/api/v1/bookings/" + encode(code) + "/move", move, new TypeReference<>() { });
    }

    /** The procedure catalogue's search, passed through as the server wrote it. */
    public JsonNode searchProcedures(String query, String service) {
        StringBuilder path = new StringBuilder("/api/v1/procedures?q=").append(encode(query == null ? "" : query));
        if (service != null) {
            path.append("&service=").append(encode(service));
        }
        return call("GET", path.toString(), null, new TypeReference<>() { });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Any other call of the contract. Returns null on 204 No Content.
     */
    public <T> T call(String method, String path, Object body, TypeReference<T> type) {
        HttpResponse<String> response = send(method, path, body);
        int status = response.statusCode();
        if (status == 204) {
            return null;
        }
        if (status >= 200 && status < 300) {
            try {
                return json.readValue(response.body(), type);
            } catch (IOException e) {
                throw new QueueApiException(status, "bad_response",
                        "Unreadable answer from " + method + " " + path + ": " + e.getMessage(), e);
            }
        }
        throw errorOf(method, path, response);
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                    .header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                request.header("Content-Type", "application/json; charset=utf-8")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new QueueApiException(0, "unreachable",
                    "Queue server " + base + " not reachable for " + method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueueApiException(0, "interrupted", "Interrupted during " + method + " " + path, e);
        }
    }

    private QueueApiException errorOf(String method, String path, HttpResponse<String> response) {
        String code = "http_" + response.statusCode();
        String message = response.body();
        try {
            JsonNode error = json.readTree(response.body()).path("error");
            if (error.isObject()) {
                code = error.path("code").asText(code);
                message = error.path("message").asText(message);
            }
        } catch (IOException | RuntimeException ignored) {
            // Not our JSON error shape (a proxy page, say): keep the raw body as the message.
        }
        return new QueueApiException(response.statusCode(), code,
                method + " " + path + " → " + response.statusCode() + ": " + Objects.toString(message, ""),
                Objects.toString(message, ""), null);
    }
}

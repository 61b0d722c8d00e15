package vn.motcua.kiosk.app;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Who may drive the kiosk: only its own touch page. The kiosk's browser may also hold other pages (a
 * citizen's tab, a hostile site), and anything on the box can reach 127.0.0.1, so every request must
 * <ul>
 *   <li>name this kiosk in Host (127.0.0.1, localhost, [::1] or the bound address, with the port): a
 *       DNS-rebinding site arrives with its own name there;</li>
 *   <li>come from this origin if it says where it comes from (Origin);</li>
 *   <li>for /local/*: carry the per-boot key in {@value #HEADER}. The key is written into the touch page
 *       when it is served and nowhere else, so only that page knows it; a custom header also forces the
 *       browser's CORS preflight, which this server never grants;</li>
 *   <li>send a body, if any, as application/json (text/plain and forms need no preflight).</li>
 * </ul>
 * The event stream cannot set headers (EventSource), so it takes the key as {@code ?key=}; nor can the
 * audio element that plays a guidance prompt, which takes it as {@code ?kioskKey=} ({@code key} names the prompt).
 */
final class LocalGuard {
    static final String HEADER = "X-Kiosk-Key";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final String key;
    private final java.util.function.Supplier<String> boundHost;
    private final IntSupplier port;

    /** @param boundHost and {@code port}: where the UI listens, known once it has started */
    LocalGuard(java.util.function.Supplier<String> boundHost, IntSupplier port) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.boundHost = boundHost;
        this.port = port;
    }

    /** This boot's key, for the page and for the kiosk's own tests. */
    String key() {
        return key;
    }

    void addTo(JavalinConfig config) {
        config.routes.before(this::check);
    }

    private void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !allowedHost(host.toLowerCase(Locale.ROOT))) {
            throw refused(403, "foreign_host", "Host must name this kiosk");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            throw refused(403, "foreign_origin", "requests from other pages are refused");
        }
        if (!ctx.path().startsWith("/local/")) {
            return; // the page and its assets: no key needed to get the key
        }
        String given = ctx.header(HEADER);
        if (given == null && ctx.path().equals("/local/events")) {
            given = ctx.queryParam("key");
        }
        if (given == null && ctx.method().name().equals("GET") && ctx.path().equals("/local/voice/say.wav")) {
            given = ctx.queryParam("kioskKey");
        }
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
            throw refused(403, "kiosk_key", "only the kiosk's own page may call /local/");
        }
        if (BODY_METHODS.contains(ctx.method().name()) && hasBody(ctx)) {
            String type = ctx.contentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
                throw refused(415, "json_only", "the body must be application/json");
            }
        }
    }

    /**
     * Whether a body came: a length above 0, or chunks. A browser sends no Content-Length at all with a
     * bodiless DELETE (the page's end of a dossier session), and that request has nothing to type-check.
     */
    private static boolean hasBody(Context ctx) {
        return ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    private boolean allowedHost(String host) {
        String suffix = ":" + port.getAsInt();
        if (!host.endsWith(suffix)) {
            return false;
        }
        String name = host.substring(0, host.length() - suffix.length());
        String bound = boundHost.get() == null ? "" : boundHost.get().toLowerCase(Locale.ROOT);
        return LOOPBACK.contains(name) || (!bound.isEmpty() && !bound.equals("0.0.0.0") && name.equals(bound));
    }

    private static LocalRequestException refused(int status, String code, String message) {
        return new LocalRequestException(status, code, message);
    }

    /** The touch page with this boot's key in a meta tag, where only a script of this origin can read it. */
    String page(String html) {
        return html.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n  <meta name=\"kiosk-key\" content=\""
                + key + "\">");
    }

}

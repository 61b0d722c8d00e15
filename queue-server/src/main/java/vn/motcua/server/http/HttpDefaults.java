package vn.motcua.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Json;
import vn.motcua.server.storage.StorageException;

/** What every HTTP server of the project does alike: the centre's queue server and the province hub. */
public final class HttpDefaults {
    private static final Logger LOG = LoggerFactory.getLogger(HttpDefaults.class);

    private HttpDefaults() {
    }

    /** JSON mapper, security headers, body limit, logging and the error answers of every API. */
    public static void configure(JavalinConfig config, long maxBodyBytes) {
        String tooLarge = "Nội dung quá lớn / request body larger than " + maxBodyBytes + " bytes";
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.http.maxRequestSize = maxBodyBytes;
        config.http.defaultContentType = "application/json; charset=utf-8";
        config.startup.showJavalinBanner = false;
        config.routes.before(ctx -> {
            // Pages and API alike: no framing, no sniffing, no third-party origins.
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; media-src 'self'; "
                    + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        });
        config.routes.before(ctx -> {
            if (ctx.req().isSecure()) {
                ctx.header("Strict-Transport-Security", "max-age=31536000");
            }
            // Javalin routes by X-HTTP-Method-Override: a GET (a link, an <img>) could then pause a counter.
            // No client of ours sends it, so it is refused outright.
            if (ctx.header("X-HTTP-Method-Override") != null) {
                throw new ApiException(400, "method_override", "X-HTTP-Method-Override không được hỗ trợ / method override is off");
            }
        });
        config.routes.before(ctx -> {
            // A body declared too large is refused before a byte of it is read. A client that sent
            // "Expect: 100-continue" then never sends it; one that did not may find the connection closed
            // under its upload, the usual HTTP/1.1 race, which the 100-continue avoids.
            if (ctx.contentLength() > maxBodyBytes) {
                throw new ApiException(413, "too_large", tooLarge);
            }
        });
        config.routes.after(ctx -> LOG.info("{} {} {}", ctx.method(), ctx.path(), ctx.statusCode()));
        config.routes.exception(ApiException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() >= 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            ctx.status(e.status()).json(error(e.code(), e.getMessage()));
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            String code = e.getStatus() == 413 ? "too_large" : "http_" + e.getStatus();
            String message = e.getStatus() == 413 ? tooLarge : e.getMessage();
            ctx.status(e.getStatus()).json(error(code, message));
        });
        config.routes.exception(StorageException.class, (e, ctx) -> {
            LOG.error("Storage failure: {}", e.getMessage(), e); // the trace says which statement; SQLite never puts bound values in it
            ctx.status(500).json(error("storage_error", "Lỗi lưu trữ / storage failure"));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            // An SSE client that went away surfaces here after its request is gone: nothing to answer then.
            if (ctx.res().isCommitted()) {
                LOG.debug("Failure after the response was committed: {}", e.toString());
                return;
            }
            LOG.error("Unexpected failure: {}", e.toString(), e);
            ctx.status(500).json(error("internal_error", "Lỗi hệ thống / internal error"));
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.json(error("not_found", "Không tìm thấy / not found: " + ctx.path()));
            }
        });
        config.routes.error(405, ctx -> ctx.json(error("method_not_allowed", "Phương thức không được hỗ trợ / method not allowed")));
    }

    public static Map<String, Object> error(String code, String message) {
        return Map.of("error", Map.of("code", code, "message", message == null ? code : message));
    }
}

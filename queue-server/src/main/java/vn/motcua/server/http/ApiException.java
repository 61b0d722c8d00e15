package vn.motcua.server.http;

import vn.motcua.client.StatusException;

/**
 * A refused request: answered as {@code {"error":{"code","message"}}} with {@code status}. Thrown before
 * anything is written, so a refusal never changes state.
 */
public class ApiException extends StatusException {
    private long retryAfterSeconds = -1;

    public ApiException(int status, String code, String message) {
        super(status, code, message);
    }

    /** For a 429 or 503: when the caller may try again, sent as Retry-After. */
    public ApiException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    /** A field of the body that is present but wrong; the message names it. */
    public static ApiException invalidField(String field, String message) {
        return badRequest("invalid_field", "Trường không hợp lệ / field '" + field + "' " + message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " không tồn tại / not found");
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "invalid_transition", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }
}

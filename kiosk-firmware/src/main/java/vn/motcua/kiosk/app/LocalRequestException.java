package vn.motcua.kiosk.app;

import io.javalin.http.Context;
import java.util.Map;
import vn.motcua.client.Category;
import vn.motcua.client.Json;

/** A touch-UI request the kiosk cannot act on; answered 400 with the reason, nothing done. */
final class LocalRequestException extends RuntimeException {
    private final int status;
    private final String code;

    LocalRequestException(String message) {
        this(400, "bad_request", message);
    }

    LocalRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static Map<?, ?> body(Context ctx) {
        try {
            Object parsed = Json.mapper().readValue(ctx.body(), Object.class);
            if (parsed instanceof Map<?, ?> map) {
                return map;
            }
        } catch (Exception e) {
            throw new LocalRequestException("body is not valid JSON");
        }
        throw new LocalRequestException("body must be a JSON object");
    }

    static String text(Map<?, ?> body, String field) {
        if (body.get(field) instanceof String s && !s.isBlank() && s.length() <= 40) {
            return s;
        }
        throw new LocalRequestException(field + " must be a non-empty string of at most 40 characters");
    }

    /** An optional list of short codes (the further services of a visit with several); empty when absent. */
    static java.util.List<String> codes(Map<?, ?> body, String field, int max) {
        Object value = body.get(field);
        if (value == null) {
            return java.util.List.of();
        }
        if (value instanceof java.util.List<?> list && list.size() <= max
                && list.stream().allMatch(x -> x instanceof String s && s.matches("[A-Za-z0-9_-]{1,20}"))) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new LocalRequestException(field + " must be a list of at most " + max + " service codes");
    }

    static Category category(Object value) {
        if (value == null) {
            return Category.NORMAL;
        }
        try {
            return Category.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new LocalRequestException("category must be one of " + java.util.Arrays.toString(Category.values()));
        }
    }
}

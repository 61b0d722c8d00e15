package vn.motcua.server.http;

/** Field checks that name the offending field in their 400 answer. */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ApiException.badRequest("invalid_field", "Thiếu trường bắt buộc / missing field '" + field + "'");
        }
        return value;
    }

    public static long idParam(String raw, String name) {
        try {
            long v = Long.parseLong(raw);
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_field", "Tham số không hợp lệ / invalid path parameter '" + name + "'");
        }
    }

    public static int intParam(String raw, String name) {
        long v = idParam(raw, name);
        if (v > Integer.MAX_VALUE) {
            throw ApiException.badRequest("invalid_field", "Tham số không hợp lệ / invalid path parameter '" + name + "'");
        }
        return (int) v;
    }
}

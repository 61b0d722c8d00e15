package vn.motcua.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.util.stream.Collectors;
import vn.motcua.client.Json;

/**
 * Strict reading of request bodies: unknown fields, wrong types and malformed JSON are refused with a
 * message that names the field, before any state is touched.
 */
public final class JsonBodies {
    private final ObjectMapper strict = strictMapper();

    /**
     * Also refused: a key given twice (two readers of one body could each see another value) and a scalar
     * of the wrong JSON type ({@code "true"} for a consent, {@code "5"} for a number): a consent must be
     * the JSON literal {@code true}.
     */
    private static ObjectMapper strictMapper() {
        ObjectMapper m = Json.mapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            m.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return m;
    }

    /**
     * The request's body, or a refusal when its connection failed under it: the client went away, or the server is
     * stopping and closed it mid-body (Jetty's "Unconsumed"). Nothing was done for such a request, so it is answered
     * as bad, not logged as the server's own failure with a trace that says no more.
     */
    public static String bodyOf(Context ctx) {
        try {
            return ctx.body();
        } catch (Exception e) { // Jetty rethrows the IOException without declaring it
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                throw ApiException.badRequest("body_unreadable", "Không đọc được nội dung yêu cầu / request body could not be read");
            }
            throw e;
        }
    }

    public <T> T read(Context ctx, Class<T> type) {
        String body = bodyOf(ctx);
        if (body.isBlank()) {
            throw ApiException.badRequest("invalid_json", "Thiếu nội dung JSON / request body is empty");
        }
        try {
            T value = strict.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("invalid_json", "Nội dung JSON rỗng / JSON body is null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("invalid_field",
                    "Trường không hợp lệ / unknown field '" + e.getPropertyName() + "'");
        } catch (ValueInstantiationException e) {
            // a record's own check refused the value: its message names the field
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw ApiException.badRequest("invalid_field", "Giá trị không hợp lệ / invalid value: " + why);
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest("invalid_field",
                    "Giá trị không hợp lệ / invalid value for field '" + path(e) + "': " + e.getValue());
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("invalid_field",
                    "Kiểu dữ liệu sai / wrong type for field '" + path(e) + "'");
        } catch (StreamConstraintsException e) {
            throw ApiException.badRequest("invalid_json", "JSON lồng quá sâu hoặc quá dài / JSON nested too deep or too long");
        } catch (JsonParseException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                throw ApiException.badRequest("invalid_json", "Trường lặp lại / field given twice: " + duplicate(e));
            }
            throw ApiException.badRequest("invalid_json", "JSON không đọc được / malformed JSON" + where(e));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid_json", "JSON không đọc được / malformed JSON" + where(e));
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String duplicate(JsonParseException e) {
        String m = e.getOriginalMessage();
        int a = m.indexOf('\'');
        int b = m.indexOf('\'', a + 1);
        return a >= 0 && b > a && b - a <= 60 ? "'" + m.substring(a + 1, b) + "'" : "(a key)";
    }

    private static String path(MismatchedInputException e) {
        String p = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return p.isEmpty() ? "(body)" : p;
    }
}

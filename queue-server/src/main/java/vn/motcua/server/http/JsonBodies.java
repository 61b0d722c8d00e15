package vn.motcua.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.util.stream.Collectors;
import vn.motcua.client.Json;

/**
 * Strict reading of request bodies: unknown fields, wrong types and malformed JSON are refused with a
 * message that names the field, before any state is touched.
 */
public final class JsonBodies {
    private final ObjectMapper strict = Json.mapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
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
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid_json",
                    "JSON không đọc được / malformed JSON at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr());
        }
    }

    private static String path(MismatchedInputException e) {
        String p = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return p.isEmpty() ? "(body)" : p;
    }
}

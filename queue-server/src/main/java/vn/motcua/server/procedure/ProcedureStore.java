package vn.motcua.server.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.client.Json;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.storage.Sql;

/** Procedures and document types in the store; import checks a whole catalogue before writing any of it. */
public final class ProcedureStore {
    public static final String DEMO_RESOURCE = "/procedures/demo-catalogue.json";
    private static final Pattern PROCEDURE_CODE = Pattern.compile("\\d\\.\\d{6}(\\.[0-9A-Z]{1,6}){0,5}");
    private static final Pattern DOC_TYPE = Pattern.compile("KQ\\d{4}");
    private static final Pattern MASTER_DATA = Pattern.compile("DC\\d{4}");
    private static final Pattern FIELD_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
    private static final Set<String> FORMS = Set.of("DECLARATION", "ORIGINAL", "CERTIFIED_COPY", "COPY");
    private static final Set<String> TYPES = Set.of("text", "date", "number");

    private final ObjectMapper json = Json.mapper();
    private final ObjectMapper strict = Json.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static Catalogue demo() {
        try (InputStream in = ProcedureStore.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo catalogue missing from the jar: " + DEMO_RESOURCE);
            }
            return Json.mapper().readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Catalogue parse(String body) {
        try {
            Catalogue c = strict.readValue(body, Catalogue.class);
            if (c == null) {
                throw bad("the body is JSON null");
            }
            return c;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid_catalogue", "Danh mục không đọc được / catalogue JSON unreadable: "
                    + e.getOriginalMessage());
        }
    }

    /** Refuses the whole catalogue at its first fault, naming the procedure and field. */
    public void validate(Catalogue c) {
        if (c.procedures() == null || c.procedures().isEmpty()) {
            throw bad("catalogue has no procedures");
        }
        if (c.documentTypes() == null || c.procedures().contains(null) || c.documentTypes().contains(null)) {
            throw bad("documentTypes is required and lists hold no nulls");
        }
        Set<String> types = new HashSet<>();
        for (Catalogue.DocumentType t : c.documentTypes()) {
            if (t.code() == null || !DOC_TYPE.matcher(t.code()).matches() || blank(t.nameVi()) || blank(t.nameEn())) {
                throw bad("documentTypes: '" + t.code() + "' needs a KQnnnn code, nameVi and nameEn");
            }
            types.add(t.code());
        }
        Set<String> codes = new HashSet<>();
        for (Catalogue.Procedure p : c.procedures()) {
            String where = "procedure '" + p.code() + "'";
            if (p.code() == null || !PROCEDURE_CODE.matcher(p.code()).matches()) {
                throw bad(where + ": code must look like 2.000488 or 1.011442.000.00.00.H38");
            }
            if (!codes.add(p.code())) {
                throw bad(where + ": appears twice");
            }
            if (blank(p.service()) || blank(p.nameVi()) || blank(p.nameEn()) || blank(p.fieldVi())) {
                throw bad(where + ": service, nameVi, nameEn and fieldVi are required");
            }
            if (p.processingDays() < 0 || p.processingDays() > 365 || p.feeVnd() < 0) {
                throw bad(where + ": processingDays must be 0..365 and feeVnd not negative");
            }
            if (p.documents() == null || p.documents().isEmpty() || p.documents().contains(null)
                    || (p.fields() != null && p.fields().contains(null))) {
                throw bad(where + ": documents are required");
            }
            for (Catalogue.RequiredDocument d : p.documents()) {
                if (d.docType() != null && !types.contains(d.docType())) {
                    throw bad(where + ": document type " + d.docType() + " is not in documentTypes");
                }
                if (blank(d.nameVi()) || d.form() == null || !FORMS.contains(d.form()) || d.copies() < 1) {
                    throw bad(where + ": document '" + d.nameVi() + "' needs nameVi, copies >= 1 and form " + FORMS);
                }
            }
            Set<String> keys = new HashSet<>();
            for (Catalogue.FormField f : p.fields() == null ? List.<Catalogue.FormField>of() : p.fields()) {
                if (f.key() == null || !FIELD_KEY.matcher(f.key()).matches() || !keys.add(f.key())) {
                    throw bad(where + ": field key '" + f.key() + "' must be a unique identifier");
                }
                if (f.masterData() != null && !MASTER_DATA.matcher(f.masterData()).matches()) {
                    throw bad(where + ": field '" + f.key() + "' masterData must be DCnnnn");
                }
                if (f.type() != null && !TYPES.contains(f.type())) {
                    throw bad(where + ": field '" + f.key() + "' type must be one of " + TYPES);
                }
                if (blank(f.labelVi())) {
                    throw bad(where + ": field '" + f.key() + "' needs labelVi");
                }
            }
            if (p.fields() == null || !keys.contains("number") || !keys.contains("name")) {
                throw bad(where + ": fields 'number' (DC0001) and 'name' (DC0010) are required: the dossier is filed under them");
            }
        }
    }

    /** Replaces the catalogue (procedures and document types) inside the caller's transaction. */
    public int importInto(Connection c, Catalogue catalogue) throws SQLException {
        validate(catalogue);
        Sql.update(c, "DELETE FROM procedure_def");
        Sql.update(c, "DELETE FROM doc_type");
        for (Catalogue.DocumentType t : catalogue.documentTypes()) {
            Sql.update(c, "INSERT INTO doc_type (code, name_vi, name_en) VALUES (?, ?, ?)", t.code(), t.nameVi(), t.nameEn());
        }
        int order = 0;
        for (Catalogue.Procedure p : catalogue.procedures()) {
            Sql.update(c, "INSERT INTO procedure_def (code, service_code, search_key, sort_order, body) VALUES (?, ?, ?, ?, ?)",
                    p.code(), p.service(), SearchKey.of(p.code() + " " + p.nameVi() + " " + p.nameEn() + " " + p.fieldVi()),
                    order++, write(p));
        }
        return catalogue.procedures().size();
    }

    public List<Catalogue.Procedure> search(Connection c, String query, String service) throws SQLException {
        List<Catalogue.Procedure> all = Sql.list(c, "SELECT body, search_key FROM procedure_def ORDER BY sort_order",
                rs -> read(rs.getString(1)));
        String q = SearchKey.of(query == null ? "" : query);
        List<Catalogue.Procedure> out = new ArrayList<>();
        for (Catalogue.Procedure p : all) {
            if (service != null && !service.isBlank() && !service.equals(p.service())) {
                continue;
            }
            String key = SearchKey.of(p.code() + " " + p.nameVi() + " " + p.nameEn() + " " + p.fieldVi());
            // every word typed must be a word of the name, the last one may be half typed: "chu ky" finds
            // "chữ ký" but not "chuyển nhượng ... đăng ký"
            List<String> words = List.of(key.split(" "));
            String[] typed = q.isEmpty() ? new String[0] : q.split(" ");
            boolean all_ = true;
            for (int i = 0; i < typed.length; i++) {
                String w = typed[i];
                boolean last = i == typed.length - 1;
                if (!(last ? words.stream().anyMatch(x -> x.startsWith(w)) : words.contains(w))) {
                    all_ = false;
                    break;
                }
            }
            if (all_) {
                out.add(p);
            }
        }
        return out;
    }

    public Optional<Catalogue.Procedure> find(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT body FROM procedure_def WHERE code = ?", rs -> read(rs.getString(1)), code);
    }

    public Map<String, Catalogue.DocumentType> documentTypes(Connection c) throws SQLException {
        Map<String, Catalogue.DocumentType> out = new LinkedHashMap<>();
        for (Catalogue.DocumentType t : Sql.list(c, "SELECT code, name_vi, name_en FROM doc_type ORDER BY code",
                rs -> new Catalogue.DocumentType(rs.getString(1), rs.getString(2), rs.getString(3)))) {
            out.put(t.code(), t);
        }
        return out;
    }

    public boolean empty(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM procedure_def") == 0;
    }

    private String write(Catalogue.Procedure p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Catalogue.Procedure read(String body) {
        try {
            return json.readValue(body, Catalogue.Procedure.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored procedure unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static ApiException bad(String message) {
        return ApiException.badRequest("invalid_catalogue", "Danh mục không hợp lệ / invalid catalogue: " + message);
    }
}

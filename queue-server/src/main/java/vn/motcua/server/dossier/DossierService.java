package vn.motcua.server.dossier;

import vn.motcua.client.CentreTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.client.Category;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.client.TicketView;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.citizen.CitizenDocuments;
import vn.motcua.server.procedure.Catalogue;
import vn.motcua.server.procedure.ProcedureStore;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.TicketService;

/**
 * Dossiers submitted at the kiosk: checks the whole submission before anything is written (consent,
 * declaration, every required document covered by a valid held copy, an upload or the paper at the
 * counter), takes a verification ticket at the procedure's service, then files the dossier, its code
 * and the newly digitised documents in one transaction.
 */
public final class DossierService {
    public static final String CONSENT_TEXT_VERSION = "dossier-consent-v1";
    static final int MAX_UPLOAD_BYTES = 3 * 1024 * 1024;
    static final int MAX_PART_BYTES = 40 * 1024;
    private static final Pattern NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Set<String> CONTENT_TYPES = Set.of("image/jpeg", "image/png");
    private static final ObjectMapper JSON = vn.motcua.client.Json.mapper();

    /** Dossier states as the look-up shows them. */
    public enum Status {
        RECEIVED("Đã tiếp nhận"), IN_PROCESSING("Đang xử lý"), SUPPLEMENT_REQUESTED("Yêu cầu bổ sung"),
        READY("Đã có kết quả"), RETURNED("Đã trả kết quả");

        public final String vi;

        Status(String vi) {
            this.vi = vi;
        }
    }

    /** What a document of the submission is covered by. */
    public record DocumentChoice(int position, String action, Long uploadId) {
    }

    public record Consent(Boolean given, String textVersion) {
    }

    public record Submission(String requestId, String procedure, Map<String, String> declaration,
                             List<DocumentChoice> documents, Consent consent, Category category) {
    }

    public record UploadStart(String contentType, Integer totalBytes, String sha256) {
    }

    public record UploadPart(Integer offset, String data) {
    }

    public record HeldQuery(String owner, String procedure) {
    }

    private final Database db;
    private final Clock clock;
    private final ProcedureStore procedures;
    private final CitizenDocuments citizens;
    private final DossierCodes codes;
    private final TicketService tickets;
    private final WorkingDays workingDays;

    public DossierService(Database db, Clock clock, ProcedureStore procedures, CitizenDocuments citizens,
                          DossierCodes codes, TicketService tickets, WorkingDays workingDays) {
        this.db = db;
        this.clock = clock;
        this.procedures = procedures;
        this.citizens = citizens;
        this.codes = codes;
        this.tickets = tickets;
        this.workingDays = workingDays;
    }

    // ---- uploads -------------------------------------------------------------------------------

    public long startUpload(UploadStart u, Principal by) {
        if (u.contentType() == null || !CONTENT_TYPES.contains(u.contentType())) {
            throw bad("contentType", "must be image/jpeg or image/png");
        }
        if (u.totalBytes() == null || u.totalBytes() < 1 || u.totalBytes() > MAX_UPLOAD_BYTES) {
            throw bad("totalBytes", "must be 1.." + MAX_UPLOAD_BYTES);
        }
        if (u.sha256() == null || !u.sha256().matches("[0-9a-f]{64}")) {
            throw bad("sha256", "must be 64 lower-case hex digits");
        }
        return db.transaction(c -> Sql.insert(c, "INSERT INTO dossier_upload (device_id, content_type, total_bytes, sha256, "
                + "created_at) VALUES (?, ?, ?, ?, ?)", by.id(), u.contentType(), u.totalBytes(), u.sha256(), clock.millis()));
    }

    public int addPart(long uploadId, UploadPart part, Principal by) {
        if (part.offset() == null || part.offset() < 0 || part.data() == null) {
            throw bad("offset", "offset (>= 0) and data (base64) are required");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(part.data());
        } catch (IllegalArgumentException e) {
            throw bad("data", "is not base64");
        }
        if (bytes.length == 0 || bytes.length > MAX_PART_BYTES) {
            throw bad("data", "must hold 1.." + MAX_PART_BYTES + " bytes");
        }
        return db.transaction(c -> {
            var up = upload(c, uploadId, by);
            long have = Sql.count(c, "SELECT COALESCE(SUM(LENGTH(content)), 0) FROM dossier_upload_part WHERE upload_id = ?", uploadId);
            if (part.offset() < have && Sql.count(c, "SELECT COUNT(*) FROM dossier_upload_part WHERE upload_id = ? AND byte_offset = ?",
                    uploadId, part.offset()) == 1) {
                return (int) have; // a retried part: already here
            }
            if (part.offset() != have) {
                throw bad("offset", "expected " + have);
            }
            if (have + bytes.length > up.totalBytes) {
                throw bad("data", "goes past totalBytes " + up.totalBytes);
            }
            Sql.update(c, "INSERT INTO dossier_upload_part (upload_id, byte_offset, content) VALUES (?, ?, ?)",
                    uploadId, part.offset(), bytes);
            return (int) (have + bytes.length);
        });
    }

    private record Upload(long id, long deviceId, String contentType, int totalBytes, String sha256, boolean used) {
    }

    private Upload upload(Connection c, long id, Principal by) throws SQLException {
        Upload u = Sql.one(c, "SELECT id, device_id, content_type, total_bytes, sha256, used FROM dossier_upload WHERE id = ?",
                rs -> new Upload(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getInt(6) == 1), id).orElseThrow(() -> ApiException.notFound("Tệp tải lên / upload " + id));
        if (u.deviceId() != by.id()) {
            throw ApiException.forbidden("Tệp của ki-ốt khác / upload belongs to another kiosk");
        }
        return u;
    }

    private byte[] complete(Connection c, Upload u) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : Sql.list(c, "SELECT content FROM dossier_upload_part WHERE upload_id = ? ORDER BY byte_offset",
                rs -> rs.getBytes(1), u.id())) {
            out.writeBytes(part);
        }
        byte[] all = out.toByteArray();
        if (all.length != u.totalBytes() || !CitizenDocuments.sha256(all).equals(u.sha256())) {
            throw ApiException.badRequest("upload_incomplete", "Tệp " + u.id() + " chưa tải đủ hoặc sai mã băm / upload "
                    + u.id() + " is incomplete or its sha256 does not match");
        }
        if (u.used()) {
            throw ApiException.badRequest("upload_used", "Tệp " + u.id() + " đã dùng / upload " + u.id() + " already used");
        }
        return all;
    }

    // ---- what the citizen already holds ----------------------------------------------------------

    /** For each document of the procedure: held and valid today (reusable), or not. No file contents. */
    public List<Map<String, Object>> held(HeldQuery q) {
        requireNumber(q.owner(), "owner");
        return db.read(c -> {
            Catalogue.Procedure p = procedure(c, q.procedure());
            LocalDate today = LocalDate.now(clock.withZone(CentreTime.ZONE));
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = 0; i < p.documents().size(); i++) {
                Catalogue.RequiredDocument d = p.documents().get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("position", i);
                m.put("docType", d.docType());
                Optional<CitizenDocuments.Held> h = d.docType() == null ? Optional.empty()
                        : citizens.find(c, q.owner(), d.docType()).filter(x -> x.validOn(today));
                m.put("held", h.isPresent());
                h.ifPresent(x -> {
                    m.put("name", x.name());
                    m.put("digitisedAt", x.digitisedAt().atZone(CentreTime.ZONE).toOffsetDateTime());
                    m.put("validUntil", x.validUntil());
                });
                out.add(m);
            }
            return out;
        });
    }

    // ---- submission ------------------------------------------------------------------------------

    public Map<String, Object> submit(Submission s, Principal by, String baseUrl) {
        if (s.requestId() == null || !REQUEST_ID.matcher(s.requestId()).matches()) {
            throw bad("requestId", "letters, digits . _ : - (at most 100)");
        }
        if (s.consent() == null || !Boolean.TRUE.equals(s.consent().given())) {
            throw ApiException.badRequest("consent_required", "Cần sự đồng ý rõ ràng của người nộp để xử lý dữ liệu cá nhân "
                    + "/ explicit consent ('consent.given': true) is required; silence is not consent");
        }
        if (!CONSENT_TEXT_VERSION.equals(s.consent().textVersion())) {
            throw bad("consent.textVersion", "must be " + CONSENT_TEXT_VERSION + " (the text the citizen was shown)");
        }
        Optional<Map<String, Object>> earlier = db.read(c -> Sql.one(c, "SELECT code FROM dossier WHERE device_id = ? AND request_id = ?",
                rs -> rs.getString(1), by.id(), s.requestId())).map(code -> view(code, true, baseUrl));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Checked checked = db.read(c -> check(c, s));
        TicketView ticket = tickets.issue(new IssueTicketRequest(checked.procedure().service(),
                s.category() == null ? Category.NORMAL : s.category(), "dossier-" + s.requestId()), by, baseUrl).ticket();
        String code;
        try {
            code = db.transaction(c -> file(c, s, checked, ticket, by));
        } catch (RuntimeException e) {
            tickets.cancel(ticket.id(), by, baseUrl); // the dossier was not filed: nobody should be called for it
            throw e;
        }
        return view(code, true, baseUrl);
    }

    private record Checked(Catalogue.Procedure procedure, String number, String name, Map<String, String> declaration) {
    }

    private Checked check(Connection c, Submission s) throws SQLException {
        Catalogue.Procedure p = procedure(c, s.procedure());
        Map<String, String> decl = s.declaration() == null ? Map.of() : s.declaration();
        if (decl.containsKey(null)) {
            throw bad("declaration", "keys must be field names");
        }
        Set<String> keys = new HashSet<>();
        for (Catalogue.FormField f : p.fields()) {
            keys.add(f.key());
            String v = decl.get(f.key());
            if (f.required() && (v == null || v.isBlank())) {
                throw bad("declaration." + f.key(), "is required (" + f.labelVi() + ")");
            }
            if (v != null && v.length() > 300) {
                throw bad("declaration." + f.key(), "is longer than 300 characters");
            }
            if (v != null && "date".equals(f.type()) && !v.isBlank()) {
                try {
                    LocalDate.parse(v);
                } catch (RuntimeException e) {
                    throw bad("declaration." + f.key(), "must be a date yyyy-MM-dd");
                }
            }
        }
        for (String k : decl.keySet()) {
            if (!keys.contains(k)) {
                throw bad("declaration." + k, "is not a field of procedure " + p.code());
            }
        }
        String number = decl.get("number");
        requireNumber(number, "declaration.number");
        List<DocumentChoice> docs = s.documents() == null ? List.of() : s.documents();
        if (docs.contains(null)) {
            throw bad("documents", "must not hold null");
        }
        Set<Integer> seen = new HashSet<>();
        LocalDate today = LocalDate.now(clock.withZone(CentreTime.ZONE));
        for (DocumentChoice d : docs) {
            if (d.position() < 0 || d.position() >= p.documents().size() || !seen.add(d.position())) {
                throw bad("documents.position", d.position() + " is not a document of the procedure, or appears twice");
            }
            Catalogue.RequiredDocument rd = p.documents().get(d.position());
            switch (d.action() == null ? "" : d.action()) {
                case "REUSE" -> {
                    if (rd.docType() == null || citizens.find(c, number, rd.docType()).filter(h -> h.validOn(today)).isEmpty()) {
                        throw ApiException.badRequest("not_held", "Chưa có bản số hoá còn hiệu lực của '" + rd.nameVi()
                                + "' / no valid digitised copy of document " + d.position() + " to reuse");
                    }
                }
                case "UPLOAD" -> {
                    if (d.uploadId() == null) {
                        throw bad("documents.uploadId", "is required for UPLOAD");
                    }
                }
                case "PAPER", "DECLARATION" -> {
                    // paper handed in at the counter; the declaration is the form filled at the kiosk
                }
                default -> throw bad("documents.action", "must be REUSE, UPLOAD, PAPER or DECLARATION");
            }
            if ("DECLARATION".equals(d.action()) && !"DECLARATION".equals(rd.form())) {
                throw bad("documents.action", "DECLARATION only for the procedure's form");
            }
        }
        for (int i = 0; i < p.documents().size(); i++) {
            if (p.documents().get(i).required() && !seen.contains(i)) {
                throw ApiException.badRequest("document_missing", "Thiếu giấy tờ '" + p.documents().get(i).nameVi()
                        + "' / required document " + i + " is not covered");
            }
        }
        String name = decl.get("name").strip();
        return new Checked(p, number, name, decl);
    }

    private String file(Connection c, Submission s, Checked k, TicketView ticket, Principal by) throws SQLException {
        long now = clock.millis();
        ZonedDateTime received = Instant.ofEpochMilli(now).atZone(CentreTime.ZONE);
        String code = codes.next(c, received.toLocalDate());
        ZonedDateTime due = workingDays.add(received, k.procedure().processingDays());
        long id = Sql.insert(c, "INSERT INTO dossier (code, procedure_code, service_code, applicant_number, applicant_name, "
                        + "declaration, status, received_at, due_at, consent_at, consent_text, ticket_id, ticket_number, device_id, "
                        + "request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                code, k.procedure().code(), k.procedure().service(), k.number(), k.name(), write(k.declaration()),
                Status.RECEIVED.name(), now, due.toInstant().toEpochMilli(), now, CONSENT_TEXT_VERSION, ticket.id(),
                ticket.number(), by.deviceId(), s.requestId());
        for (DocumentChoice d : s.documents()) {
            Catalogue.RequiredDocument rd = k.procedure().documents().get(d.position());
            Long held = null;
            switch (d.action()) {
                case "REUSE" -> held = citizens.find(c, k.number(), rd.docType()).orElseThrow().id();
                case "UPLOAD" -> {
                    Upload u = upload(c, d.uploadId(), by);
                    byte[] content = complete(c, u);
                    Sql.update(c, "UPDATE dossier_upload SET used = 1 WHERE id = ?", u.id());
                    Sql.update(c, "DELETE FROM dossier_upload_part WHERE upload_id = ?", u.id());
                    // digitised once, reused by later dossiers: a document without a national type code
                    // stays with this dossier only
                    String type = rd.docType() != null ? rd.docType() : "HS" + id + "." + d.position();
                    held = citizens.put(c, rd.docType() != null ? k.number() : k.number(), type, u.contentType(),
                            content, now, null, code);
                }
                default -> { }
            }
            Sql.update(c, "INSERT INTO dossier_document (dossier_id, position, doc_type, name_vi, source, citizen_document_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, d.position(), rd.docType(), rd.nameVi(), d.action(), held);
        }
        Sql.update(c, "INSERT INTO dossier_event (dossier_id, at, status, device_id, note) VALUES (?, ?, ?, ?, ?)",
                id, now, Status.RECEIVED.name(), by.deviceId(), "kiosk");
        return code;
    }

    // ---- views -----------------------------------------------------------------------------------

    /** The dossier; {@code withPersonalData} adds the declaration and applicant (officer, submitting kiosk). */
    public Map<String, Object> view(String code, boolean withPersonalData, String baseUrl) {
        return db.read(c -> {
            Row r = row(c, code);
            Catalogue.Procedure p = procedures.find(c, r.procedureCode()).orElse(null);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", r.code());
            m.put("status", r.status());
            m.put("statusVi", Status.valueOf(r.status()).vi);
            m.put("procedure", p == null ? Map.of("code", r.procedureCode()) : Map.of("code", p.code(), "nameVi", p.nameVi(),
                    "nameEn", p.nameEn(), "processingDays", p.processingDays(), "feeVnd", p.feeVnd(),
                    "collectVi", p.collectVi() == null ? "" : p.collectVi()));
            m.put("service", r.serviceCode());
            m.put("receivedAt", at(r.receivedAt()));
            m.put("dueAt", at(r.dueAt()));
            m.put("lookupUrl", baseUrl + "/hs/" + r.code());
            m.put("applicantMasked", mask(r.applicantNumber()));
            if (withPersonalData) {
                m.put("applicantName", r.applicantName());
                m.put("declaration", read(r.declaration()));
                m.put("ticket", r.ticketNumber() == null ? null : Map.of("id", r.ticketId(), "number", r.ticketNumber(),
                        "statusUrl", baseUrl + "/t/" + r.ticketId()));
                m.put("consentAt", at(r.consentAt()));
                m.put("documents", Sql.list(c, "SELECT d.position, d.doc_type, d.name_vi, d.source, cd.name, cd.content_type "
                        + "FROM dossier_document d LEFT JOIN citizen_document cd ON cd.id = d.citizen_document_id "
                        + "WHERE d.dossier_id = ? ORDER BY d.position", rs -> {
                            Map<String, Object> d = new LinkedHashMap<>();
                            d.put("position", rs.getInt(1));
                            d.put("docType", rs.getString(2));
                            d.put("nameVi", rs.getString(3));
                            d.put("source", rs.getString(4));
                            d.put("storedAs", rs.getString(5));
                            d.put("hasFile", rs.getString(6) != null);
                            return d;
                        }, r.id()));
            }
            m.put("history", Sql.list(c, "SELECT at, status FROM dossier_event WHERE dossier_id = ? ORDER BY id",
                    rs -> Map.of("at", at(rs.getLong(1)), "status", rs.getString(2),
                            "statusVi", Status.valueOf(rs.getString(2)).vi), r.id()));
            return m;
        });
    }

    public Optional<String> codeOfTicket(long ticketId) {
        return db.read(c -> Sql.one(c, "SELECT code FROM dossier WHERE ticket_id = ? ORDER BY id DESC",
                rs -> rs.getString(1), ticketId));
    }

    public List<Map<String, Object>> today(String baseUrl) {
        long from = LocalDate.now(clock.withZone(CentreTime.ZONE)).atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli();
        List<String> list = db.read(c -> Sql.list(c, "SELECT code FROM dossier WHERE received_at >= ? ORDER BY id DESC LIMIT 200",
                rs -> rs.getString(1), from));
        return list.stream().map(code -> view(code, false, baseUrl)).toList();
    }

    public Optional<byte[]> file(String code, int position, String[] contentType) {
        return db.read(c -> {
            Row r = row(c, code);
            Optional<Long> docId = Sql.one(c, "SELECT citizen_document_id FROM dossier_document WHERE dossier_id = ? AND position = ?",
                    rs -> Sql.longOrNull(rs, "citizen_document_id"), r.id(), position).filter(x -> x != null);
            if (docId.isEmpty()) {
                return Optional.empty();
            }
            contentType[0] = Sql.one(c, "SELECT content_type FROM citizen_document WHERE id = ?", rs -> rs.getString(1),
                    docId.get()).orElse("application/octet-stream");
            return citizens.content(c, docId.get());
        });
    }

    public Map<String, Object> setStatus(String code, String status, String note, Principal by, String baseUrl) {
        Status s;
        try {
            s = Status.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw bad("status", "must be one of " + java.util.Arrays.toString(Status.values()));
        }
        if (note != null && note.length() > 500) {
            throw bad("note", "is longer than 500 characters");
        }
        db.transaction(c -> {
            Row r = row(c, code);
            if (Status.valueOf(r.status()) == Status.RETURNED) {
                throw ApiException.conflict("Hồ sơ đã trả kết quả / the dossier has been returned already");
            }
            long now = clock.millis();
            Sql.update(c, "UPDATE dossier SET status = ? WHERE id = ?", s.name(), r.id());
            Sql.update(c, "INSERT INTO dossier_event (dossier_id, at, status, user_id, device_id, note) VALUES (?, ?, ?, ?, ?, ?)",
                    r.id(), now, s.name(), by.userId(), by.deviceId(), note);
            return null;
        });
        return view(code, true, baseUrl);
    }

    private record Row(long id, String code, String procedureCode, String serviceCode, String applicantNumber,
                       String applicantName, String declaration, String status, long receivedAt, long dueAt, long consentAt,
                       Long ticketId, String ticketNumber) {
    }

    private Row row(Connection c, String code) throws SQLException {
        if (code == null || !DossierCodes.CODE.matcher(code).matches()) {
            throw ApiException.badRequest("invalid_field", "Mã hồ sơ không hợp lệ / dossier code must look like H27.99-250115-0001");
        }
        return Sql.one(c, "SELECT id, code, procedure_code, service_code, applicant_number, applicant_name, declaration, status, "
                        + "received_at, due_at, consent_at, ticket_id, ticket_number FROM dossier WHERE code = ?",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        Sql.longOrNull(rs, "ticket_id"), rs.getString(13)), code)
                .orElseThrow(() -> ApiException.notFound("Hồ sơ / dossier " + code));
    }

    private Catalogue.Procedure procedure(Connection c, String code) throws SQLException {
        if (code == null || code.isBlank()) {
            throw bad("procedure", "is required");
        }
        return procedures.find(c, code).orElseThrow(() -> ApiException.badRequest("invalid_field",
                "Thủ tục không tồn tại / unknown procedure in field 'procedure': " + code));
    }

    private static void requireNumber(String number, String field) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw bad(field, "must be the 12-digit personal number");
        }
    }

    static String mask(String number) {
        return number == null || number.length() < 4 ? "****" : "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    private static java.time.OffsetDateTime at(long millis) {
        return Instant.ofEpochMilli(millis).atZone(CentreTime.ZONE).toOffsetDateTime();
    }

    private static String write(Map<String, String> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(String s) {
        try {
            return JSON.readValue(s, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException bad(String field, String message) {
        return ApiException.badRequest("invalid_field", "Trường không hợp lệ / field '" + field + "' " + message);
    }
}

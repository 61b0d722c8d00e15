package vn.motcua.server.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.client.CentreTime;
import vn.motcua.client.dossier.DocumentChoice;
import vn.motcua.client.dossier.DossierSubmission;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.server.citizen.CitizenDocuments;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.identity.DeclaredText;
import vn.motcua.server.identity.IdentityReads;
import vn.motcua.server.procedure.Catalogue;
import vn.motcua.server.procedure.ProcedureStore;

/**
 * Checks a whole submission against its procedure before anything is written: the declaration's fields,
 * and every required document covered by a valid held copy, an upload, the paper or the kiosk's form.
 */
final class SubmissionCheck {
    private static final Pattern NUMBER = Pattern.compile("\\d{12}");

    private final Clock clock;
    private final ProcedureStore procedures;
    private final CitizenDocuments citizens;

    SubmissionCheck(Clock clock, ProcedureStore procedures, CitizenDocuments citizens) {
        this.clock = clock;
        this.procedures = procedures;
        this.citizens = citizens;
    }

    /** A submission that passed, with what filing it needs. */
    record Checked(Catalogue.Procedure procedure, String number, String name, Map<String, String> declaration) {
    }

    /** @param read the card read in this session: its number files the dossier, its fields fill the identity */
    Checked check(Connection c, DossierSubmission s, IdentityReads.Read read) throws SQLException {
        Catalogue.Procedure p = procedure(c, s.procedure());
        Map<String, String> given = s.declaration() == null ? Map.of() : s.declaration();
        if (given.containsKey(null)) {
            throw ApiException.invalidField("declaration", "keys must be field names");
        }
        Map<String, String> decl = fromCard(p, clean(given), read);
        checkDeclaration(p, decl);
        String number = decl.get("number");
        requireNumber(number, "declaration.number");
        List<DocumentChoice> documents = s.documents() == null ? List.of() : s.documents();
        if (s.identitySource() == IdentitySource.TYPED && documents.stream().anyMatch(d -> d != null && "REUSE".equals(d.action()))) {
            // nothing proves whose number a typed identity is: their stored documents are not opened to it
            throw ApiException.badRequest("typed_identity", "Thông tin nhập tay không dùng được giấy tờ đã lưu / "
                    + "a TYPED identity cannot reuse stored documents");
        }
        Set<Integer> seen = checkDocuments(c, p, number, documents);
        for (int i = 0; i < p.documents().size(); i++) {
            if (p.documents().get(i).required() && !seen.contains(i)) {
                throw ApiException.badRequest("document_missing", "Thiếu giấy tờ '" + p.documents().get(i).nameVi()
                        + "' / required document " + i + " is not covered");
            }
        }
        String name = decl.get("name").strip();
        return new Checked(p, number, name, decl);
    }

    /** Every value in NFC with single spaces, as it will be stored and printed. */
    private static Map<String, String> clean(Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        given.forEach((k, v) -> out.put(k, DeclaredText.clean(v)));
        return out;
    }

    /**
     * The identity fields come from the card where one was read (QR, chip, an officer's check), not from
     * what was typed; an OCR read may have been corrected by the citizen, so its typed values stand (and
     * are checked like any other). The number is always the card's.
     */
    private static Map<String, String> fromCard(Catalogue.Procedure p, Map<String, String> decl, IdentityReads.Read read) {
        Map<String, String> out = new LinkedHashMap<>(decl);
        out.put("number", read.number());
        if (read.source().equals("ocr")) {
            return out;
        }
        Map<String, String> card = new java.util.HashMap<>(); // master data code → the card's value
        card.put("DC0010", read.name());
        card.put("DC0011", read.dateOfBirth());
        card.put("DC0012", read.sex());
        card.put("DC0015", read.address());
        for (Catalogue.FormField f : p.fields()) {
            String fromCard = f.masterData() == null ? null : card.get(f.masterData());
            if (fromCard != null) {
                out.put(f.key(), fromCard);
            }
        }
        return out;
    }

    private static void checkDeclaration(Catalogue.Procedure p, Map<String, String> decl) {
        Set<String> keys = new HashSet<>();
        for (Catalogue.FormField f : p.fields()) {
            keys.add(f.key());
            String v = decl.get(f.key());
            if (f.required() && (v == null || v.isBlank())) {
                throw ApiException.invalidField("declaration." + f.key(), "is required (" + f.labelVi() + ")");
            }
            String problem = v == null ? null : DeclaredText.isNameField(f.key()) ? DeclaredText.problemWithName(v)
                    : DeclaredText.problemWithText(v, DeclaredText.TEXT_MAX);
            if (problem != null && !(v.isEmpty() && !f.required())) {
                throw ApiException.invalidField("declaration." + f.key(), problem + " (" + f.labelVi() + ")");
            }
            if (v != null && "date".equals(f.type()) && !v.isBlank()) {
                try {
                    LocalDate.parse(v);
                } catch (RuntimeException e) {
                    throw ApiException.invalidField("declaration." + f.key(), "must be a date yyyy-MM-dd");
                }
            }
        }
        for (String k : decl.keySet()) {
            if (!keys.contains(k)) {
                throw ApiException.invalidField("declaration." + k, "is not a field of procedure " + p.code());
            }
        }
    }

    /** The positions the choices cover. */
    private Set<Integer> checkDocuments(Connection c, Catalogue.Procedure p, String number, List<DocumentChoice> docs)
            throws SQLException {
        if (docs.contains(null)) {
            throw ApiException.invalidField("documents", "must not hold null");
        }
        Set<Integer> seen = new HashSet<>();
        LocalDate today = LocalDate.now(clock.withZone(CentreTime.ZONE));
        for (DocumentChoice d : docs) {
            if (d.position() < 0 || d.position() >= p.documents().size() || !seen.add(d.position())) {
                throw ApiException.invalidField("documents.position",
                        d.position() + " is not a document of the procedure, or appears twice");
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
                        throw ApiException.invalidField("documents.uploadId", "is required for UPLOAD");
                    }
                }
                case "PAPER", "DECLARATION" -> {
                    // paper handed in at the counter; the declaration is the form filled at the kiosk
                }
                default -> throw ApiException.invalidField("documents.action", "must be REUSE, UPLOAD, PAPER or DECLARATION");
            }
            if ("DECLARATION".equals(d.action()) && !"DECLARATION".equals(rd.form())) {
                throw ApiException.invalidField("documents.action", "DECLARATION only for the procedure's form");
            }
        }
        return seen;
    }

    Catalogue.Procedure procedure(Connection c, String code) throws SQLException {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("procedure", "is required");
        }
        return procedures.find(c, code).orElseThrow(() -> ApiException.badRequest("invalid_field",
                "Thủ tục không tồn tại / unknown procedure in field 'procedure': " + code));
    }

    static void requireNumber(String number, String field) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw ApiException.invalidField(field, "must be the 12-digit personal number");
        }
    }
}

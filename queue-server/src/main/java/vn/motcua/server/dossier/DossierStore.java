package vn.motcua.server.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.motcua.client.dossier.DossierDocument;
import vn.motcua.server.storage.Sql;

/** All SQL of the dossier tables: the dossier, its documents and its status history. */
final class DossierStore {
    private final vn.motcua.server.upstream.Outbox outbox = new vn.motcua.server.upstream.Outbox();
    private static final String ROW = "SELECT id, code, procedure_code, service_code, applicant_number, applicant_name, "
            + "declaration, status, received_at, due_at, consent_at, ticket_id, ticket_number, identity_source FROM dossier ";

    /** One filed dossier as stored; {@code declaration} is its JSON text. */
    record Row(long id, String code, String procedureCode, String serviceCode, String applicantNumber,
               String applicantName, String declaration, String status, long receivedAt, long dueAt, long consentAt,
               Long ticketId, String ticketNumber, String identitySource) {
    }

    /** What a new dossier row holds. */
    record NewDossier(String code, String procedureCode, String serviceCode, String applicantNumber,
                      String applicantName, String declaration, long receivedAt, long dueAt, String consentText,
                      long ticketId, String ticketNumber, Long deviceId, String requestId, String identitySource) {
    }

    Optional<Row> byCode(Connection c, String code) throws SQLException {
        return Sql.one(c, ROW + "WHERE code = ?", rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                rs.getLong(10), rs.getLong(11), Sql.longOrNull(rs, "ticket_id"), rs.getString(13), rs.getString(14)), code);
    }

    Optional<String> codeOfRequest(Connection c, long deviceId, String requestId) throws SQLException {
        return Sql.one(c, "SELECT code FROM dossier WHERE device_id = ? AND request_id = ?", rs -> rs.getString(1),
                deviceId, requestId);
    }

    Optional<String> codeOfTicket(Connection c, long ticketId) throws SQLException {
        return Sql.one(c, "SELECT code FROM dossier WHERE ticket_id = ? ORDER BY id DESC", rs -> rs.getString(1), ticketId);
    }

    List<String> codesReceivedSince(Connection c, long fromMillis, int limit) throws SQLException {
        return Sql.list(c, "SELECT code FROM dossier WHERE received_at >= ? ORDER BY id DESC LIMIT ?",
                rs -> rs.getString(1), fromMillis, limit);
    }

    long insert(Connection c, NewDossier d, DossierStatus status) throws SQLException {
        return Sql.insert(c, "INSERT INTO dossier (code, procedure_code, service_code, applicant_number, applicant_name, "
                        + "declaration, status, received_at, due_at, consent_at, consent_text, ticket_id, ticket_number, device_id, "
                        + "request_id, identity_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.code(), d.procedureCode(), d.serviceCode(), d.applicantNumber(), d.applicantName(), d.declaration(),
                status.name(), d.receivedAt(), d.dueAt(), d.receivedAt(), d.consentText(), d.ticketId(), d.ticketNumber(),
                d.deviceId(), d.requestId(), d.identitySource());
    }

    void insertDocument(Connection c, long dossierId, int position, String docType, String nameVi, String source,
                        Long citizenDocumentId) throws SQLException {
        Sql.update(c, "INSERT INTO dossier_document (dossier_id, position, doc_type, name_vi, source, citizen_document_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", dossierId, position, docType, nameVi, source, citizenDocumentId);
    }

    void insertEvent(Connection c, long dossierId, long at, DossierStatus status, Long userId, Long deviceId, String note)
            throws SQLException {
        Sql.update(c, "INSERT INTO dossier_event (dossier_id, at, status, user_id, device_id, note) VALUES (?, ?, ?, ?, ?, ?)",
                dossierId, at, status.name(), userId, deviceId, note);
        outbox.dossier(c, at, dossierId, status.name());
    }

    void updateStatus(Connection c, long dossierId, DossierStatus status) throws SQLException {
        Sql.update(c, "UPDATE dossier SET status = ? WHERE id = ?", status.name(), dossierId);
    }

    List<DossierDocument> documents(Connection c, long dossierId) throws SQLException {
        return Sql.list(c, "SELECT d.position, d.doc_type, d.name_vi, d.source, cd.name, cd.content_type "
                + "FROM dossier_document d LEFT JOIN citizen_document cd ON cd.id = d.citizen_document_id "
                + "WHERE d.dossier_id = ? ORDER BY d.position", rs -> new DossierDocument(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getString(4), DossierViews.maskStoredName(rs.getString(5)), rs.getString(6) != null), dossierId);
    }

    /** The status history, oldest first: (at millis, status). */
    List<Step> history(Connection c, long dossierId) throws SQLException {
        return Sql.list(c, "SELECT at, status FROM dossier_event WHERE dossier_id = ? ORDER BY id",
                rs -> new Step(rs.getLong(1), DossierStatus.valueOf(rs.getString(2))), dossierId);
    }

    record Step(long at, DossierStatus status) {
    }

    /** The citizen document stored for a position of the dossier, if one was stored. */
    Optional<Long> documentId(Connection c, long dossierId, int position) throws SQLException {
        // a declaration or paper document has no stored file: not found, not a null the mapper cannot hold
        return Sql.one(c, "SELECT citizen_document_id FROM dossier_document WHERE dossier_id = ? AND position = ? "
                + "AND citizen_document_id IS NOT NULL", rs -> rs.getLong(1), dossierId, position);
    }

    Optional<String> contentType(Connection c, long citizenDocumentId) throws SQLException {
        return Sql.one(c, "SELECT content_type FROM citizen_document WHERE id = ?", rs -> rs.getString(1),
                citizenDocumentId);
    }
}

package vn.motcua.server.citizen;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.motcua.server.storage.Sql;

/**
 * The citizen data store ("Kho dữ liệu"): documents digitised by earlier dossiers, each named
 * {@code <owner personal number>.<document type code>}. A document is reusable while it is valid
 * (no end date, or an end date not yet passed); a newer digitisation of the same type replaces it. A copy a
 * dossier was submitted with stays for that dossier, marked replaced, until the retention job may drop it.
 */
public final class CitizenDocuments {

    /** A held document without its bytes. */
    public record Held(long id, String owner, String docType, String name, String contentType, long bytes,
                       Instant digitisedAt, String validUntil, String sourceDossier) {
        public boolean validOn(LocalDate day) {
            return validUntil == null || !LocalDate.parse(validUntil).isBefore(day);
        }
    }

    public static String name(String owner, String docType) {
        return owner + "." + docType;
    }

    public List<Held> of(Connection c, String owner) throws SQLException {
        return Sql.list(c, "SELECT id, owner_number, doc_type, name, content_type, LENGTH(content), digitised_at, "
                + "valid_until, source_dossier FROM citizen_document WHERE owner_number = ? AND replaced_at IS NULL "
                + "ORDER BY doc_type", rs ->
                new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                        Instant.ofEpochMilli(rs.getLong(7)), rs.getString(8), rs.getString(9)), owner);
    }

    public Optional<Held> find(Connection c, String owner, String docType) throws SQLException {
        return of(c, owner).stream().filter(h -> h.docType().equals(docType)).findFirst();
    }

    public Optional<byte[]> content(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT content FROM citizen_document WHERE id = ?", rs -> rs.getBytes(1), id);
    }

    /** Stores (or replaces) the owner's document of this type; returns its id. */
    public long put(Connection c, String owner, String docType, String contentType, byte[] content, long at,
                    String validUntil, String sourceDossier) throws SQLException {
        Sql.update(c, "UPDATE citizen_document SET replaced_at = ? WHERE owner_number = ? AND doc_type = ? "
                + "AND replaced_at IS NULL AND id IN (SELECT citizen_document_id FROM dossier_document)", at, owner, docType);
        Sql.update(c, "DELETE FROM citizen_document WHERE owner_number = ? AND doc_type = ? AND replaced_at IS NULL",
                owner, docType);
        return Sql.insert(c, "INSERT INTO citizen_document (owner_number, doc_type, name, content_type, content, sha256, "
                        + "digitised_at, valid_until, source_dossier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                owner, docType, name(owner, docType), contentType, content, sha256(content), at, validUntil, sourceDossier);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

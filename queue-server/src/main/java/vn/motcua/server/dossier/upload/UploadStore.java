package vn.motcua.server.dossier.upload;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import vn.motcua.server.storage.Sql;

/** The SQL of uploads: the announced file and its parts until a dossier takes it. */
final class UploadStore {

    long insert(Connection c, long deviceId, String contentType, int totalBytes, String sha256, long at)
            throws SQLException {
        return Sql.insert(c, "INSERT INTO dossier_upload (device_id, content_type, total_bytes, sha256, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", deviceId, contentType, totalBytes, sha256, at);
    }

    Optional<Upload> find(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT id, device_id, content_type, total_bytes, sha256, used FROM dossier_upload WHERE id = ?",
                rs -> new Upload(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getInt(6) == 1), id);
    }

    long receivedBytes(Connection c, long uploadId) throws SQLException {
        return Sql.count(c, "SELECT COALESCE(SUM(LENGTH(content)), 0) FROM dossier_upload_part WHERE upload_id = ?", uploadId);
    }

    boolean hasPartAt(Connection c, long uploadId, int offset) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM dossier_upload_part WHERE upload_id = ? AND byte_offset = ?",
                uploadId, offset) == 1;
    }

    void insertPart(Connection c, long uploadId, int offset, byte[] bytes) throws SQLException {
        Sql.update(c, "INSERT INTO dossier_upload_part (upload_id, byte_offset, content) VALUES (?, ?, ?)",
                uploadId, offset, bytes);
    }

    byte[] content(Connection c, long uploadId) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : Sql.list(c, "SELECT content FROM dossier_upload_part WHERE upload_id = ? ORDER BY byte_offset",
                rs -> rs.getBytes(1), uploadId)) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The file now lives in the citizen store: the parts go, the upload stays marked as used. */
    void markUsed(Connection c, long uploadId) throws SQLException {
        Sql.update(c, "UPDATE dossier_upload SET used = 1 WHERE id = ?", uploadId);
        Sql.update(c, "DELETE FROM dossier_upload_part WHERE upload_id = ?", uploadId);
    }

    record Upload(long id, long deviceId, String contentType, int totalBytes, String sha256, boolean used) {
    }
}

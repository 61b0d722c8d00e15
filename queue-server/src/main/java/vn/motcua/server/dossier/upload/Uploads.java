package vn.motcua.server.dossier.upload;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import vn.motcua.client.dossier.UploadPart;
import vn.motcua.client.dossier.UploadStart;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.citizen.CitizenDocuments;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.storage.Database;

/**
 * The upload protocol of scanned documents: a kiosk announces a file (type, length, SHA-256), sends it in
 * small base64 parts that may be retried, and a dossier takes the whole file once, in its own transaction.
 */
public final class Uploads {
    static final int MAX_UPLOAD_BYTES = 3 * 1024 * 1024;
    static final int MAX_PART_BYTES = 40 * 1024;
    private static final Set<String> CONTENT_TYPES = Set.of("image/jpeg", "image/png");

    private final Database db;
    private final Clock clock;
    private final UploadStore store = new UploadStore();

    public Uploads(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public long start(UploadStart u, Principal by) {
        if (u.contentType() == null || !CONTENT_TYPES.contains(u.contentType())) {
            throw ApiException.invalidField("contentType", "must be image/jpeg or image/png");
        }
        if (u.totalBytes() == null || u.totalBytes() < 1 || u.totalBytes() > MAX_UPLOAD_BYTES) {
            throw ApiException.invalidField("totalBytes", "must be 1.." + MAX_UPLOAD_BYTES);
        }
        if (u.sha256() == null || !u.sha256().matches("[0-9a-f]{64}")) {
            throw ApiException.invalidField("sha256", "must be 64 lower-case hex digits");
        }
        return db.transaction(c -> store.insert(c, by.id(), u.contentType(), u.totalBytes(), u.sha256(), clock.millis()));
    }

    /** Appends a part; answers how many bytes are held. A part sent again after a lost answer is ignored. */
    public int addPart(long uploadId, UploadPart part, Principal by) {
        if (part.offset() == null || part.offset() < 0 || part.data() == null) {
            throw ApiException.invalidField("offset", "offset (>= 0) and data (base64) are required");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(part.data());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("data", "is not base64");
        }
        if (bytes.length == 0 || bytes.length > MAX_PART_BYTES) {
            throw ApiException.invalidField("data", "must hold 1.." + MAX_PART_BYTES + " bytes");
        }
        return db.transaction(c -> {
            var up = owned(c, uploadId, by);
            long have = store.receivedBytes(c, uploadId);
            if (part.offset() < have && store.hasPartAt(c, uploadId, part.offset())) {
                return (int) have; // a retried part: already here
            }
            if (part.offset() != have) {
                throw ApiException.invalidField("offset", "expected " + have);
            }
            if (have + bytes.length > up.totalBytes()) {
                throw ApiException.invalidField("data", "goes past totalBytes " + up.totalBytes());
            }
            store.insertPart(c, uploadId, part.offset(), bytes);
            return (int) (have + bytes.length);
        });
    }

    /**
     * The whole file of an upload {@code by} sent, complete and unused, marked used in the caller's
     * transaction so that no second dossier can take it.
     */
    public UploadedFile take(Connection c, long uploadId, Principal by) throws SQLException {
        UploadStore.Upload u = owned(c, uploadId, by);
        byte[] all = store.content(c, u.id());
        if (all.length != u.totalBytes() || !CitizenDocuments.sha256(all).equals(u.sha256())) {
            throw ApiException.badRequest("upload_incomplete", "Tệp " + u.id() + " chưa tải đủ hoặc sai mã băm / upload "
                    + u.id() + " is incomplete or its sha256 does not match");
        }
        if (u.used()) {
            throw ApiException.badRequest("upload_used", "Tệp " + u.id() + " đã dùng / upload " + u.id() + " already used");
        }
        store.markUsed(c, u.id());
        return new UploadedFile(u.id(), u.contentType(), all);
    }

    private UploadStore.Upload owned(Connection c, long id, Principal by) throws SQLException {
        UploadStore.Upload u = store.find(c, id).orElseThrow(() -> ApiException.notFound("Tệp tải lên / upload " + id));
        if (u.deviceId() != by.id()) {
            throw ApiException.forbidden("Tệp của ki-ốt khác / upload belongs to another kiosk");
        }
        return u;
    }
}

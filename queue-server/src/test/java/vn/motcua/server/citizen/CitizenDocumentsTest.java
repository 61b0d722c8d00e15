package vn.motcua.server.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/** A newer digitisation replaces the reusable copy; a dossier keeps the copy it was submitted with. */
class CitizenDocumentsTest {
    private static final String OWNER = "001089012345";
    private final CitizenDocuments documents = new CitizenDocuments();
    private final Database db;

    CitizenDocumentsTest(@TempDir Path dir) {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long dossierUsing(String code, long documentId) {
        return db.transaction(c -> {
            long id = Sql.insert(c, "INSERT INTO dossier (code, procedure_code, service_code, applicant_number, "
                    + "applicant_name, declaration, status, received_at, due_at, consent_at, consent_text) "
                    + "VALUES (?, '2.000488', 'A', ?, 'Nguyễn Văn An', '{}', 'RECEIVED', 1, 1, 1, 'v1')", code, OWNER);
            Sql.update(c, "INSERT INTO dossier_document (dossier_id, position, doc_type, name_vi, source, citizen_document_id) "
                    + "VALUES (?, 0, 'KQ01', 'Giấy khai sinh', 'UPLOAD', ?)", id, documentId);
            return id;
        });
    }

    private long put(String content, long at) {
        return db.transaction(c -> documents.put(c, OWNER, "KQ01", "image/jpeg",
                content.getBytes(StandardCharsets.UTF_8), at, null, "H27-0001"));
    }

    @Test
    void aNewerCopyOfADocumentADossierUsesReplacesItForReuseAndTheDossierKeepsItsOwn() {
        long first = put("first capture", 1_000);
        long dossier = dossierUsing("H27-0001", first);

        long second = put("second capture", 2_000);

        Optional<CitizenDocuments.Held> held = db.read(c -> documents.find(c, OWNER, "KQ01"));
        assertThat(held).map(CitizenDocuments.Held::id).contains(second);
        List<CitizenDocuments.Held> all = db.read(c -> documents.of(c, OWNER));
        assertThat(all).extracting(CitizenDocuments.Held::id).containsExactly(second);
        byte[] kept = db.read(c -> Sql.one(c, "SELECT cd.content FROM dossier_document d JOIN citizen_document cd "
                + "ON cd.id = d.citizen_document_id WHERE d.dossier_id = ?", rs -> rs.getBytes(1), dossier)).orElseThrow();
        assertThat(new String(kept, StandardCharsets.UTF_8)).isEqualTo("first capture");
    }

    @Test
    void aCopyNoDossierUsesIsSimplyReplaced() {
        put("first capture", 1_000);
        long second = put("second capture", 2_000);
        long rows = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM citizen_document"));
        assertThat(rows).isEqualTo(1L);
        assertThat(db.read(c -> documents.find(c, OWNER, "KQ01")).map(CitizenDocuments.Held::id)).contains(second);
    }
}

package vn.motcua.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.citizen.CitizenDocuments;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.CentreOnTestClock;

class RetentionJobTest extends CentreOnTestClock {
    private Database db;

    RetentionJobTest() {
        super(Instant.parse("2026-01-05T02:00:00Z"));
    }

    @BeforeEach
    void start() {
        db = centre.app.components().db();
    }

    private void dossier(String code, String status, Instant receivedAt) {
        db.transaction(c -> Sql.update(c, "INSERT INTO dossier (code, procedure_code, service_code, applicant_number, "
                        + "applicant_name, declaration, status, received_at, due_at, consent_at, consent_text) "
                        + "VALUES (?, '2.000488', 'A', '001089012345', 'Nguyễn Văn An', '{\"DC0010\":\"Nguyễn Văn An\"}', ?, ?, ?, ?, 'v1')",
                code, status, receivedAt.toEpochMilli(), receivedAt.toEpochMilli(), receivedAt.toEpochMilli()));
    }

    @Test
    void closedDossiersLoseTheirPersonalDataAfterTheRetentionPeriodAndNothingElseDoes() {
        dossier("H27-250101-0001", "RETURNED", Instant.parse("2025-01-01T02:00:00Z"));
        dossier("H27-250101-0002", "IN_PROCESSING", Instant.parse("2025-01-01T02:00:00Z"));
        dossier("H27-251230-0001", "RETURNED", Instant.parse("2025-12-30T02:00:00Z"));
        db.transaction(c -> {
            Sql.update(c, "INSERT INTO dossier_upload (id, device_id, content_type, total_bytes, sha256, created_at, used) "
                    + "VALUES (1, 1, 'image/jpeg', 3, ?, ?, 0)", "0".repeat(64), clock.millis());
            Sql.update(c, "INSERT INTO dossier_upload_part (upload_id, byte_offset, content) VALUES (1, 0, x'FFD8FF')");
            Sql.update(c, "INSERT INTO dossier_upload (id, device_id, content_type, total_bytes, sha256, created_at, used) "
                    + "VALUES (2, 1, 'image/jpeg', 3, ?, ?, 1)", "0".repeat(64), clock.millis());
            return null;
        });
        RetentionJob job = new RetentionJob(db, clock, 365);

        assertThat(job.run()).isEqualTo(new RetentionJob.Result(0, 0, 1, 0, 0));
        clock.advance(Duration.ofHours(25));
        assertThat(job.run()).isEqualTo(new RetentionJob.Result(1, 1, 0, 0, 0));

        java.util.List<String> rows = db.read(c -> Sql.list(c, "SELECT code, applicant_number, applicant_name, declaration FROM dossier ORDER BY code",
                rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)));
        assertThat(rows).containsExactly(
                "H27-250101-0001|000000000000||{}",
                "H27-250101-0002|001089012345|Nguyễn Văn An|{\"DC0010\":\"Nguyễn Văn An\"}",
                "H27-251230-0001|001089012345|Nguyễn Văn An|{\"DC0010\":\"Nguyễn Văn An\"}");
        int uploadsLeft = db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM dossier_upload", rs -> rs.getInt(1))).orElseThrow();
        assertThat(uploadsLeft).isEqualTo(1);
    }

    @Test
    void aReplacedDocumentGoesWithTheLastDossierThatStillHoldsPersonalDataAndTheCurrentCopyStays() {
        CitizenDocuments documents = new CitizenDocuments();
        Instant old = Instant.parse("2025-01-01T02:00:00Z");
        dossier("H27-250101-0001", "RETURNED", old);
        dossier("H27-250101-0002", "IN_PROCESSING", old);
        long first = db.transaction(c -> documents.put(c, "001089012345", "KQ01", "image/jpeg", new byte[] {1}, 1, null, null));
        db.transaction(c -> {
            for (String code : new String[] {"H27-250101-0001", "H27-250101-0002"}) {
                Sql.update(c, "INSERT INTO dossier_document (dossier_id, position, doc_type, name_vi, source, citizen_document_id) "
                        + "SELECT id, 0, 'KQ01', 'Giấy khai sinh', 'UPLOAD', ? FROM dossier WHERE code = ?", first, code);
            }
            return null;
        });
        long current = db.transaction(c -> documents.put(c, "001089012345", "KQ01", "image/jpeg", new byte[] {2}, 2, null, null));
        RetentionJob job = new RetentionJob(db, clock, 365);

        assertThat(job.run()).isEqualTo(new RetentionJob.Result(0, 0, 1, 0, 0)); // the open dossier still needs it
        db.transaction(c -> Sql.update(c, "UPDATE dossier SET status = 'RETURNED' WHERE code = 'H27-250101-0002'"));
        assertThat(job.run()).isEqualTo(new RetentionJob.Result(0, 0, 1, 1, 0));

        java.util.List<Long> left = db.read(c -> Sql.list(c, "SELECT id FROM citizen_document WHERE id IN (?, ?)",
                rs -> rs.getLong(1), first, current));
        assertThat(left).containsExactly(current);
        assertThat(db.read(c -> documents.find(c, "001089012345", "KQ01")).map(CitizenDocuments.Held::id)).contains(current);
    }

    @Test
    void anIdentityTypedAtTheCounterIsKeptForItsDayOnly() {
        String officer = centre.officerAt(2);
        centre.issue("A", "NORMAL");
        long ticket = centre.call("POST", "/api/v1/counters/2/next", officer, null).body().get("id").asLong();
        assertThat(centre.call("POST", "/api/v1/tickets/" + ticket + "/identity", officer, "{\"number\":\"001203012345\","
                + "\"name\":\"Nguyễn Văn An\",\"dateOfBirth\":\"2003-08-15\",\"sex\":\"Nam\"}").status()).isEqualTo(201);
        RetentionJob job = new RetentionJob(db, clock, 365);
        job.run();
        long kept = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM counter_identity"));
        assertThat(kept).isEqualTo(1);
        clock.advance(Duration.ofHours(25));
        job.run();
        long after = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM counter_identity"));
        assertThat(after).isZero();
    }
}

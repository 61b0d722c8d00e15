package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.server.report.CentreLevel;
import vn.motcua.client.testing.MutableClock;

/** {@code POST /hub/v1/ingest} against a real PostgreSQL: refusals store nothing, a batch sent twice is stored once. */
class HubIngestTest {
    /** Monday 2026-03-02 10:00 in Asia/Ho_Chi_Minh. */
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static PgCluster pg;
    private static TestHub hub;
    private static final MutableClock CLOCK = new MutableClock(NOW);
    private static String ba;
    private static String hk;

    @BeforeAll
    static void start() throws Exception {
        PgCluster.requireOrSkip();
        pg = PgCluster.start();
        hub = new TestHub(pg, "ingest", CLOCK);
        ba = hub.app.centres().add("BD", "UBND phường Ba Đình", CentreLevel.PROVINCE);
        hk = hub.app.centres().add("HK", "UBND phường Hoàn Kiếm", CentreLevel.CENTRAL_CITY);
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private static long at(int minutesAfter8) {
        return Instant.parse("2026-03-02T01:00:00Z").toEpochMilli() + minutesAfter8 * 60_000L;
    }

    private static long stored() throws Exception {
        return hub.count("SELECT (SELECT COUNT(*) FROM queue_event) + (SELECT COUNT(*) FROM rating_fact) "
                + "+ (SELECT COUNT(*) FROM service_fact) + (SELECT COUNT(*) FROM dossier_fact)");
    }

    private static void refused(int status, String token, String body, String says) throws Exception {
        long before = stored();
        TestHub.Response r = hub.call("POST", "/hub/v1/ingest", token, body);
        assertThat(r.status()).as(body).isEqualTo(status);
        assertThat(r.body().get("error").isTextual()).isTrue();
        assertThat(r.body().get("error").asText()).contains(says);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusalsStoreNothingAndABatchSentTwiceIsStoredOnce() throws Exception {
        String good = new Events(1).service(at(0), "A", "Hộ tịch", 15, 30).issued(at(1), 11, "A")
                .called(at(5), 11, "A", 1, 7).batch("BD");
        refused(401, null, good, "upstream token");
        refused(401, "not-a-token", good, "upstream token");
        refused(403, hk, good, "belongs to centre HK");
        // malformed batches: each names its problem
        refused(400, ba, good.replace("\"id\":2", "\"id\":1"), "strictly increase");
        refused(400, ba, good.replace("\"serviceDay\":\"2026-03-02\"", "\"serviceDay\":\"2026-02-30\""), "not a date");
        refused(400, ba, good.replace("\"kind\":\"SERVICE\"", "\"kind\":\"QUEUE\""), "exactly one fact");
        refused(400, ba, good.replace("\"centre\":\"BD\"", "\"centre\":\"BD\",\"extra\":1"), "extra");
        refused(400, ba, "{\"centre\":\"BD\",\"events\":[", "malformed JSON");
        refused(400, ba, new Events(1).rating(at(9), 11, 1, 7, "SO_SO").batch("BD"), "rating.score");
        Events many = new Events(100);
        for (int i = 0; i < 501; i++) {
            many.issued(at(1), 1000 + i, "A");
        }
        refused(400, ba, many.batch("BD"), "at most 500");

        TestHub.Response first = hub.call("POST", "/hub/v1/ingest", ba, good);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("lastId").asLong()).isEqualTo(3);
        assertThat(first.body().get("stored").asInt()).isEqualTo(3);
        assertThat(first.body().get("duplicates").asInt()).isZero();
        TestHub.Response again = hub.call("POST", "/hub/v1/ingest", ba, good);
        assertThat(again.body().get("lastId").asLong()).isEqualTo(3);
        assertThat(again.body().get("stored").asInt()).isZero();
        assertThat(again.body().get("duplicates").asInt()).isEqualTo(3);
        assertThat(hub.count("SELECT COUNT(*) FROM queue_event WHERE centre_id = (SELECT id FROM centre WHERE code = 'BD')")).isEqualTo(2);

        // a retry that overlaps the acknowledged part: only the new events are stored, in outbox order
        List<UpstreamEvent> overlap = new ArrayList<>(new Events(1).service(at(0), "A", "Hộ tịch", 15, 30).issued(at(1), 11, "A")
                .called(at(5), 11, "A", 1, 7).started(at(6), 11, "A", 1, 7).finished(at(16), 11, "A", 1, 7).list());
        TestHub.Response more = hub.call("POST", "/hub/v1/ingest", ba, Events.json(new UpstreamBatch("BD", overlap.subList(1, 5))));
        assertThat(more.body().get("lastId").asLong()).isEqualTo(5);
        assertThat(more.body().get("stored").asInt()).isEqualTo(2);
        assertThat(more.body().get("duplicates").asInt()).isEqualTo(2);
        assertThat(hub.count("SELECT COUNT(*) FROM queue_event WHERE type = 'ticket.finished' AND detail = 'RECEIVED'")).isEqualTo(1);

        // an empty batch is a heartbeat: it answers the highest id stored and refreshes the centre's freshness
        CLOCK.advance(Duration.ofMinutes(1));
        TestHub.Response beat = hub.call("POST", "/hub/v1/ingest", ba, "{\"centre\":\"BD\",\"events\":[]}");
        assertThat(beat.status()).isEqualTo(200);
        assertThat(beat.body().get("lastId").asLong()).isEqualTo(5);
        assertThat(hub.count("SELECT last_contact_at FROM centre WHERE code = 'BD'")).isEqualTo(CLOCK.millis());
    }

    @Test
    void theCommandLineAddsACentreAndPrintsItsTokenOnce() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            code = new picocli.CommandLine(new vn.motcua.server.Main()).execute("hub", "centre", "add", "--db", hub.jdbc,
                    "--db-user", "postgres", "--code", "TX", "--name", "UBND xã Tân Xuân", "--level", "REMOTE");
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip().split("\n");
        String token = lines[lines.length - 1].strip();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        // only the hash is kept, and the printed token is the centre's upstream token
        assertThat(hub.count("SELECT COUNT(*) FROM centre WHERE token_hash = '" + token + "'")).isZero();
        assertThat(hub.count("SELECT COUNT(*) FROM centre WHERE code = 'TX' AND level = 'REMOTE'")).isEqualTo(1);
        assertThat(hub.call("POST", "/hub/v1/ingest", token, "{\"centre\":\"TX\",\"events\":[]}").status()).isEqualTo(200);
        assertThat(new picocli.CommandLine(new vn.motcua.server.Main()).execute("hub", "centre", "add", "--db", hub.jdbc,
                "--db-user", "postgres", "--code", "TX", "--name", "again")).isEqualTo(1);
    }

    @Test
    void anotherCentresIdsAreItsOwn() throws Exception {
        String batch = new Events(1).issued(at(2), 11, "A").batch("HK");
        TestHub.Response r = hub.call("POST", "/hub/v1/ingest", hk, batch);
        assertThat(r.status()).isEqualTo(200);
        // the same outbox id 1 from another centre is a different event
        assertThat(hub.count("SELECT COUNT(*) FROM queue_event WHERE id = 1 AND centre_id = (SELECT id FROM centre WHERE code = 'HK')"))
                .isEqualTo(1);
    }
}

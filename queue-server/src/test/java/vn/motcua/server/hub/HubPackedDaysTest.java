package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.server.hub.Events.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.client.Json;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.server.report.CentreLevel;
import vn.motcua.server.report.ReportService;

/**
 * A centre's finished days packed by the folder give the same report as replaying every event, including a day
 * that had a visit still live (never packed) and a packed day that later receives events (the centre lost its
 * link on Tuesday at noon and sends the rest of its outbox days later): the fold is dropped with the batch that
 * brings them, the day is replayed until the folder packs it again.
 */
class HubPackedDaysTest {
    /** Thursday 2026-03-12 10:00 in Asia/Ho_Chi_Minh: every day up to Tuesday 03-10 can be folded. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-12T03:00:00Z"));
    private static final List<String> DAYS = List.of("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06",
            "2026-03-09");
    /** 03-04 ends with a visitor still waiting: that day keeps its counts but is not packed. */
    private static final String OPEN_DAY = "2026-03-04";
    private static final int VISITS_PER_DAY = 40;
    private static PgCluster pg;
    private static TestHub hub;
    private static HubDatabase db;
    private static HubCentre bd;
    private static String token;
    private static long nextTicket = 1;
    /** Tuesday 03-03 at noon: the centre's outbox before it is sent at once, the rest after the first fold. */
    private static final String CUT_DAY = "2026-03-03";
    private static final int CUT_VISIT = 20;
    private static List<UpstreamEvent> afterCut;

    @BeforeAll
    static void start() throws Exception {
        PgCluster.requireOrSkip();
        pg = PgCluster.start();
        hub = new TestHub(pg, "packed", CLOCK);
        token = hub.app.centres().add("BD", "UBND phường Ba Đình", CentreLevel.RURAL);
        bd = hub.app.centres().byCode("BD").orElseThrow();
        db = HubDatabase.open(hub.jdbc, "postgres", null, 2);
        Random random = new Random(20);
        Events history = new Events(1);
        int cut = -1;
        long first = at(DAYS.get(0), 7, 30);
        history.service(first, "A", "Hộ tịch", 15, 30).service(first, "B", "Đất đai", 20, 45);
        for (String day : DAYS) {
            history.counter(at(day, 7, 30), 1, "OPEN", 7).counter(at(day, 7, 31), 2, "OPEN", 8);
            for (int i = 0; i < VISITS_PER_DAY; i++) {
                if (day.equals(CUT_DAY) && i == CUT_VISIT) {
                    cut = history.list().size();
                }
                history.visit(random, at(day, 8, 0) + i * 11 * 60_000L, nextTicket++, i % 3 == 0 ? "B" : "A");
            }
            if (day.equals(OPEN_DAY)) {
                history.issued(at(day, 16, 50), nextTicket++, "A");
            }
        }
        List<UpstreamEvent> all = history.list();
        send(all.subList(0, cut));
        afterCut = all.subList(cut, all.size());
    }

    private static void send(List<UpstreamEvent> all) {
        hub.ingest(token, "BD", all);
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private static JsonNode report(boolean unpackFolds, String from, String to) {
        return Json.mapper().valueToTree(new HubReports(db, CLOCK, unpackFolds).centre(bd,
                new ReportService.Query(LocalDate.parse(from), LocalDate.parse(to), null, null, null)));
    }

    private static void assertPackedEqualsReplayed() {
        for (String[] range : new String[][] {{"2026-03-02", "2026-03-09"}, {"2026-03-03", "2026-03-05"}, {"2026-03-04", "2026-03-04"},
                {"2026-03-01", "2026-03-12"}}) {
            JsonNode packed = report(true, range[0], range[1]);
            JsonNode replayed = report(false, range[0], range[1]);
            assertThat(packed).as(range[0] + ".." + range[1]).isEqualTo(replayed);
        }
    }

    private static long packedDays() throws Exception {
        return hub.count("SELECT COUNT(*) FROM centre_day WHERE facts IS NOT NULL AND visits > 0");
    }

    @Test
    void packedDaysGiveTheReplayedReportAndALateBatchUnpacksItsDay() throws Exception {
        assertThat(report(false, "2026-03-02", "2026-03-03").get("visits").asInt()).isEqualTo(VISITS_PER_DAY + CUT_VISIT);
        assertThat(packedDays()).isZero();
        DayFolder folder = new DayFolder(db, CLOCK);
        foldAll(folder);
        assertThat(hub.count("SELECT COUNT(*) FROM centre_day WHERE facts IS NOT NULL AND service_day = '" + CUT_DAY + "'"))
                .isEqualTo(1);
        assertThat(packedDays()).isEqualTo(2);
        assertPackedEqualsReplayed();
        assertThat(report(true, CUT_DAY, CUT_DAY).get("visits").asInt()).isEqualTo(CUT_VISIT);

        // the link returns: the rest of Tuesday and the days after arrive; Tuesday's fold (and Monday's) is dropped
        send(afterCut);
        assertThat(hub.count("SELECT COUNT(*) FROM centre_day WHERE service_day IN ('2026-03-02', '" + CUT_DAY + "')")).isZero();
        assertThat(report(true, CUT_DAY, CUT_DAY).get("visits").asInt()).isEqualTo(VISITS_PER_DAY);
        assertThat(report(true, "2026-03-02", "2026-03-09").get("visits").asInt()).isEqualTo(DAYS.size() * VISITS_PER_DAY + 1);
        assertPackedEqualsReplayed();

        foldAll(folder);
        assertThat(packedDays()).isEqualTo(DAYS.size() - 1);
        assertThat(hub.count("SELECT COUNT(*) FROM centre_day WHERE facts IS NULL AND service_day = '" + OPEN_DAY + "'"))
                .isEqualTo(1);
        assertThat(report(true, CUT_DAY, CUT_DAY).get("visits").asInt()).isEqualTo(VISITS_PER_DAY);
        assertPackedEqualsReplayed();
    }

    private static void foldAll(DayFolder folder) {
        while (folder.foldSome(100) > 0) {
            // until every marked day is folded
        }
    }
}

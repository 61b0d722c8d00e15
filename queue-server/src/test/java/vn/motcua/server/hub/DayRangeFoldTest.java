package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.server.hub.Events.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.report.CentreLevel;

/**
 * Folding a centre's days in one pass over its events gives, for every day, the same counts, officers and packed
 * bytes as folding that day alone (the definition the centre's report shares): over working days and the empty
 * days between them, ratings sent the next morning (one ticket rated twice), a day that ends with a visitor still
 * waiting, rows of an old day sent after all the others (so that day's ids reach past the days after it), a queue carried over a
 * weekend, two runs of days more than a week apart, and empty days whose span reaches outside the days read.
 */
class DayRangeFoldTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-27T03:00:00Z"));
    private static final List<String> WORKING = List.of("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06",
            "2026-03-09", "2026-03-10", "2026-03-20", "2026-03-23");
    private static final String OPEN_DAY = "2026-03-04";
    private static final String LATE_DAY = "2026-03-03";
    /** Friday: a visitor still waiting at close is carried over to Monday 03-23 and served then. */
    private static final String CARRIED_DAY = "2026-03-20";
    private static PgCluster pg;
    private static TestHub hub;
    private static HubDatabase db;
    private static int centre;
    private static String token;
    private static long nextTicket = 1;

    @BeforeAll
    static void start() throws Exception {
        PgCluster.requireOrSkip();
        pg = PgCluster.start();
        hub = new TestHub(pg, "rangefold", CLOCK);
        token = hub.app.centres().add("BD", "UBND phường Ba Đình", CentreLevel.RURAL);
        centre = hub.app.centres().byCode("BD").orElseThrow().id();
        db = HubDatabase.open(hub.jdbc, "postgres", null, 2);
        Random random = new Random(21);
        Events e = new Events(1);
        e.service(at(WORKING.get(0), 7, 0), "A", "Hộ tịch", 15, 30).service(at(WORKING.get(0), 7, 0), "B", "Đất đai", 20, 45);
        long carried = -1;
        List<long[]> toRateNextMorning = new ArrayList<>();
        for (String day : WORKING) {
            if (day.equals("2026-03-23")) {
                e.queue("ticket.carried_over", at(day, 7, 0), carried, "A", "WAITING", null, null, null, null);
            }
            e.counter(at(day, 7, 30), 1, "OPEN", 7).counter(at(day, 7, 31), 2, "OPEN", 8);
            for (long[] r : toRateNextMorning) {
                e.rating(at(day, 7, 45), r[0], (int) r[1], 6 + r[1], "VERY_SATISFIED");
            }
            toRateNextMorning.clear();
            if (day.equals("2026-03-23")) {
                e.called(at(day, 8, 0), carried, "A", 1, 7).started(at(day, 8, 1), carried, "A", 1, 7)
                        .finished(at(day, 8, 20), carried, "A", 1, 7);
            }
            for (int i = 0; i < 25; i++) {
                long[] rated = e.visit(random, at(day, 8, 0) + i * 17 * 60_000L, nextTicket++, i % 3 == 0 ? "B" : "A");
                if (rated != null && i % 4 == 0) {
                    toRateNextMorning.add(rated);
                }
            }
            if (day.equals(OPEN_DAY)) {
                e.issued(at(day, 16, 50), nextTicket++, "A");
            }
            if (day.equals(CARRIED_DAY)) {
                carried = nextTicket++;
                e.issued(at(day, 16, 55), carried, "A");
            }
        }
        // the late batch: three more visits of Tuesday 03-03, sent after everything else
        for (int i = 0; i < 3; i++) {
            e.visit(random, at(LATE_DAY, 16, 0) + i * 5 * 60_000L, nextTicket++, "A");
        }
        hub.ingest(token, "BD", e.list());
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

    @Test
    void foldingARangeInOnePassEqualsFoldingEachDayAlone() {
        List<String> days = new ArrayList<>();
        // from a Saturday (its span ends before the days read) to a Wednesday after the last events
        for (LocalDate d = LocalDate.parse("2026-02-28"); !d.isAfter(LocalDate.parse("2026-03-25")); d = d.plusDays(1)) {
            if (d.isBefore(LocalDate.parse("2026-03-12")) || !d.isBefore(LocalDate.parse("2026-03-20"))) {
                days.add(d.toString());
            }
        }
        String today = "2026-03-27";
        Map<String, PackedDays.Fold> range = db.read(c -> DayRangeFold.fold(c, centre, days, today));
        assertThat(range.keySet()).containsExactlyElementsOf(days);
        int packed = 0;
        for (String day : days) {
            PackedDays.Fold alone = db.read(c -> PackedDays.fold(c, centre, day, today));
            PackedDays.Fold one = range.get(day);
            assertThat(one.tally()).as(day).isEqualTo(alone.tally());
            assertThat(one.officers()).as(day).isEqualTo(alone.officers());
            assertThat(one.facts()).as(day).isEqualTo(alone.facts());
            packed += one.facts() != null && one.tally().visits() > 0 ? 1 : 0;
        }
        // what the comparison covered: packed working days, the open day unpacked, next-morning ratings counted
        assertThat(packed).isEqualTo(WORKING.size() - 1);
        assertThat(range.get(OPEN_DAY).facts()).isNull();
        // the late rows lie past the span the definition reads for their day (a centre's ids follow its days, so a
        // real centre never sends such rows); what matters here is that both folds read the same rows
        assertThat(range.get(LATE_DAY).tally().visits()).isEqualTo(25);
        assertThat(range.get(CARRIED_DAY).tally().visits()).isEqualTo(26);
        assertThat(range.get("2026-03-07").tally().visits()).isZero();
        assertThat(range.values().stream().mapToInt(f -> f.tally().ratings()).sum()).isGreaterThan(WORKING.size() * 8);
    }
}

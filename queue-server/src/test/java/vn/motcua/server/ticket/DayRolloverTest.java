package vn.motcua.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.server.storage.Sql;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;

/** Numbering resets at the local (Asia/Ho_Chi_Minh) day boundary; carried queues never reuse a number. */
class DayRolloverTest {
    // 23:50 in Hà Nội on 22 Nov 2026.
    private static final Instant LATE_EVENING = Instant.parse("2026-11-22T16:50:00Z");

    @Test
    void numbersResetAtLocalMidnightAndYesterdaysTicketsExpire() throws Exception {
        MutableClock clock = new MutableClock(LATE_EVENING);
        try (TestCentre centre = new TestCentre(clock)) {
            long yesterday = centre.issue("A", "NORMAL").body().get("id").asLong();
            assertThat(centre.issue("A", "NORMAL").body().get("number").asText()).isEqualTo("A0002");
            clock.advance(Duration.ofMinutes(15)); // 00:05 local, 17:05 UTC: still the 22nd in UTC
            assertThat(centre.issue("A", "NORMAL").body().get("number").asText()).isEqualTo("A0001");
            assertThat(centre.call("GET", "/api/v1/tickets/" + yesterday, null, null).body().get("state").asText())
                    .isEqualTo("EXPIRED");
        }
    }

    @Test
    void aCarriedOverQueueKeepsItsNumbersAndTheNewDayContinuesAfterThem() throws Exception {
        MutableClock clock = new MutableClock(LATE_EVENING);
        try (TestCentre centre = new TestCentre(clock)) {
            centre.app.components().db().transaction(c -> Sql.update(c, "UPDATE service SET carry_over = 1 WHERE code = 'B'"));
            long carried = centre.issue("B", "NORMAL").body().get("id").asLong();
            centre.issue("B", "NORMAL");
            clock.advance(Duration.ofMinutes(15));
            assertThat(centre.issue("B", "NORMAL").body().get("number").asText()).isEqualTo("B0003");
            assertThat(centre.call("GET", "/api/v1/tickets/" + carried, null, null).body().get("state").asText())
                    .isEqualTo("WAITING");
            String officer = centre.officerAt(4);
            assertThat(centre.call("POST", "/api/v1/counters/4/next", officer, null).body().get("id").asLong())
                    .isEqualTo(carried);
        }
    }
}

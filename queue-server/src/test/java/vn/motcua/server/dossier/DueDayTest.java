package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueDayTest {
    @Test
    void theDueDayEndsAtMidnightCentreTimeWhateverTheClockTimeOfTheDueMoment() {
        long tuesdayMidnight = Instant.parse("2026-03-10T17:00:00Z").toEpochMilli(); // Wednesday 00:00 +07:00
        assertThat(DueDay.end(Instant.parse("2026-03-10T01:00:00Z").toEpochMilli())).isEqualTo(tuesdayMidnight); // Tue 08:00
        assertThat(DueDay.end(Instant.parse("2026-03-09T17:00:00Z").toEpochMilli())).isEqualTo(tuesdayMidnight); // Tue 00:00
        assertThat(DueDay.end(Instant.parse("2026-03-10T16:59:59.999Z").toEpochMilli())).isEqualTo(tuesdayMidnight); // Tue 23:59
        // 23:30 in UTC is already the next day in Hà Nội
        assertThat(DueDay.end(Instant.parse("2026-03-09T23:30:00Z").toEpochMilli())).isEqualTo(tuesdayMidnight);
        assertThat(DueDay.end(Instant.parse("2026-03-10T17:00:00Z").toEpochMilli())).isEqualTo(tuesdayMidnight + 86_400_000L);
    }
}

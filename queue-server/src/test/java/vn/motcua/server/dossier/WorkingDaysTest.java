package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.CentreTime;
import vn.motcua.server.settings.CentreCalendar;

/** Due dates in working days by the centre's calendar: Tết and holidays skipped, make-up Saturdays counted. */
class WorkingDaysTest {
    private static ZonedDateTime at(String day) {
        return LocalDate.parse(day).atTime(9, 30).atZone(CentreTime.ZONE);
    }

    @Test
    void tetAndAMakeUpSaturday() {
        // Tết 2026: closed Mon 16 – Fri 20 February; Saturday 14 February is worked in exchange
        List<CentreCalendar.ClosedDay> tet = new java.util.ArrayList<>();
        for (int d = 16; d <= 20; d++) {
            tet.add(new CentreCalendar.ClosedDay(LocalDate.of(2026, 2, d), "Tết Nguyên đán", "Lunar New Year"));
        }
        CentreCalendar calendar = new CentreCalendar(tet, List.of(LocalDate.of(2026, 2, 14)));
        // Thursday 12 February + 3 working days: Fri 13, Sat 14 (make-up), then Mon 23 after Tết
        assertThat(WorkingDays.add(calendar, at("2026-02-12"), 3).toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 23));
        // without the calendar: Fri 13, Mon 16, Tue 17
        assertThat(WorkingDays.add(CentreCalendar.empty(), at("2026-02-12"), 3).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 2, 17));
        // "within the day" received on a closed day is due the next working day
        assertThat(WorkingDays.add(calendar, at("2026-02-17"), 0).toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(WorkingDays.add(calendar, at("2026-02-12"), 0).toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 12));
    }
}

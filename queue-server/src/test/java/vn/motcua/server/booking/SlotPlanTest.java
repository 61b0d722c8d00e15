package vn.motcua.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Json;
import vn.motcua.server.booking.BookingSettings.CounterShift;
import vn.motcua.server.settings.CentreCalendar;

/** Slot capacity from the counters' shifts: the same figure as before when nobody has shifts, less where they do. */
class SlotPlanTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 12);

    private static BookingSettings with(List<CounterShift> shifts) {
        BookingSettings d = BookingSettings.defaults();
        return new BookingSettings(d.sessions(), d.slotMinutes(), d.walkInShare(), d.earlyMinutes(), d.lateMinutes(),
                d.perPhonePerDay(), d.horizonDays(), shifts);
    }

    /** Capacity per slot start, "HH:mm" in centre time. */
    private static Map<String, Integer> capacities(BookingSettings settings, LocalDate day, List<Integer> counters, int minutes) {
        Map<String, Integer> out = new TreeMap<>();
        for (SlotPlan.Slot s : new SlotPlan(settings, CentreCalendar.empty()).slots(day, counters, minutes)) {
            out.put(Instant.ofEpochMilli(s.start()).atZone(CentreTime.ZONE).toLocalTime().toString(), s.capacity());
        }
        return out;
    }

    @Test
    void withoutShiftsEveryCounterWorksEverySession() {
        Map<String, Integer> c = capacities(BookingSettings.defaults(), MONDAY, List.of(1, 2, 3), 8);
        // 3 counters × ⌊30 ÷ 8⌋ = 9 visitors a slot, half kept for walk-ins: 4 (docs/bookings.md's demo figure)
        assertThat(c).hasSize(15).containsEntry("07:30", 4).containsEntry("16:30", 4);
        assertThat(capacities(BookingSettings.defaults(), SATURDAY, List.of(1, 2, 3), 8)).isEmpty();
    }

    @Test
    void aCounterStaffedOnlyOnWeekdayMorningsAddsNothingInTheAfternoon() {
        BookingSettings s = with(List.of(new CounterShift(3, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                LocalTime.of(7, 30), LocalTime.of(11, 30))));
        Map<String, Integer> monday = capacities(s, MONDAY, List.of(1, 2, 3), 8);
        assertThat(monday).containsEntry("07:30", 4).containsEntry("11:00", 4);
        assertThat(monday).containsEntry("13:30", 3).containsEntry("16:30", 3); // 2 × 3 × 0.5
        // Wednesday is not one of its days: the counter adds nothing all day
        assertThat(capacities(s, MONDAY.plusDays(2), List.of(1, 2, 3), 8)).containsEntry("07:30", 3);
    }

    @Test
    void aShiftThatCoversPartOfASlotCountsItsMinutesOnly() {
        // counter 1 alone, 10 minutes per visitor, no walk-in share; it starts at 08:15 and leaves at 10:40
        BookingSettings d = with(List.of(new CounterShift(1, List.of(), LocalTime.of(8, 15), LocalTime.of(10, 40))));
        BookingSettings s = new BookingSettings(d.sessions(), 30, 0.0, 15, 10, 2, 30, d.counterShifts());
        Map<String, Integer> c = capacities(s, MONDAY, List.of(1), 10);
        // 07:30 and the afternoon: not staffed, no slot; 08:00: 15 minutes, 1; 10:30: 10 minutes, 1
        assertThat(c).containsExactly(Map.entry("08:00", 1), Map.entry("08:30", 3), Map.entry("09:00", 3),
                Map.entry("09:30", 3), Map.entry("10:00", 3), Map.entry("10:30", 1));
    }

    @Test
    void badShiftsAreRefusedByName() {
        assertThatThrownBy(() -> new CounterShift(0, List.of(), LocalTime.of(8, 0), LocalTime.of(9, 0)))
                .hasMessageContaining("'counter'");
        assertThatThrownBy(() -> new CounterShift(2, List.of(), LocalTime.of(9, 0), LocalTime.of(8, 0)))
                .hasMessageContaining("counter 2 needs 'from' before 'to'");
    }

    @Test
    void storedSettingsWithoutShiftsStillRead() throws Exception {
        String before = "{\"sessions\":[{\"from\":\"07:30\",\"to\":\"11:30\"}],\"slotMinutes\":30,\"walkInShare\":0.5,"
                + "\"earlyMinutes\":15,\"lateMinutes\":10,\"perPhonePerDay\":2,\"horizonDays\":30}";
        BookingSettings s = Json.mapper().readValue(before, BookingSettings.class);
        assertThat(s.counterShifts()).isEmpty();
        String withShift = before.replace("\"horizonDays\":30}",
                "\"horizonDays\":30,\"counterShifts\":[{\"counter\":2,\"days\":[\"MONDAY\"],\"from\":\"07:30\",\"to\":\"09:30\"}]}");
        assertThat(Json.mapper().readValue(withShift, BookingSettings.class).counterShifts())
                .containsExactly(new CounterShift(2, List.of(DayOfWeek.MONDAY), LocalTime.of(7, 30), LocalTime.of(9, 30)));
    }
}

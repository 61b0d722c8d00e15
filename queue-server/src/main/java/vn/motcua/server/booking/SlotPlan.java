package vn.motcua.server.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.CentreTime;
import vn.motcua.server.settings.CentreCalendar;

/**
 * The slots of one service on one day and how many appointments each may take. Pure: capacity = the sum,
 * over the counters serving the service, of ⌊minutes that counter is staffed in the slot ÷ the service's
 * minutes per visitor⌋, less the walk-in share, rounded down. A counter without shifts is staffed for the
 * whole of every session. A closed day, or a slot with no capacity, has no slots.
 */
public final class SlotPlan {
    private final BookingSettings settings;
    private final CentreCalendar calendar;

    public SlotPlan(BookingSettings settings, CentreCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** A slot: [start, end) in epoch milliseconds, and its appointment capacity. */
    public record Slot(long start, long end, int capacity) {
        /** The slot's service day, YYYY-MM-DD in centre time. */
        public String day() {
            return java.time.Instant.ofEpochMilli(start).atZone(CentreTime.ZONE).toLocalDate().toString();
        }
    }

    public List<Slot> slots(LocalDate day, List<Integer> countersServing, int minutesPerVisitor) {
        if (!calendar.isOpen(day) || countersServing.isEmpty()) {
            return List.of();
        }
        List<Slot> out = new ArrayList<>();
        for (BookingSettings.Session s : settings.sessions()) {
            LocalTime at = s.from();
            while (!at.plusMinutes(settings.slotMinutes()).isAfter(s.to()) && at.plusMinutes(settings.slotMinutes()).isAfter(at)) {
                LocalTime end = at.plusMinutes(settings.slotMinutes());
                int visitors = 0;
                for (int counter : countersServing) {
                    visitors += staffedMinutes(counter, day.getDayOfWeek(), at, end) / Math.max(1, minutesPerVisitor);
                }
                int capacity = (int) Math.floor(visitors * (1 - settings.walkInShare()));
                if (capacity > 0) {
                    out.add(new Slot(epochMillis(day, at), epochMillis(day, end), capacity));
                }
                at = end;
            }
        }
        return out;
    }

    private int staffedMinutes(int counter, DayOfWeek day, LocalTime from, LocalTime to) {
        List<BookingSettings.CounterShift> shifts = settings.counterShifts().stream().filter(c -> c.counter() == counter).toList();
        if (shifts.isEmpty()) {
            return (int) Duration.between(from, to).toMinutes();
        }
        long minutes = 0;
        for (BookingSettings.CounterShift shift : shifts) {
            if (shift.on(day)) {
                LocalTime start = shift.from().isAfter(from) ? shift.from() : from;
                LocalTime stop = shift.to().isBefore(to) ? shift.to() : to;
                minutes += Math.max(0, Duration.between(start, stop).toMinutes());
            }
        }
        return (int) Math.min(minutes, Duration.between(from, to).toMinutes());
    }

    private static long epochMillis(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(CentreTime.ZONE).toInstant().toEpochMilli();
    }
}

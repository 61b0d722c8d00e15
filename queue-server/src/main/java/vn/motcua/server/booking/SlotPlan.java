package vn.motcua.server.booking;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.CentreTime;
import vn.motcua.server.settings.CentreCalendar;

/**
 * The slots of one service on one day and how many appointments each may take. Pure: capacity =
 * counters serving the service × (slot length ÷ the service's minutes per visitor), less the walk-in
 * share, rounded down. A closed day has no slots.
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

    public List<Slot> slots(LocalDate day, int countersServing, int minutesPerVisitor) {
        if (!calendar.isOpen(day) || countersServing <= 0) {
            return List.of();
        }
        int perCounter = settings.slotMinutes() / Math.max(1, minutesPerVisitor);
        int capacity = (int) Math.floor(countersServing * perCounter * (1 - settings.walkInShare()));
        if (capacity <= 0) {
            return List.of();
        }
        List<Slot> out = new ArrayList<>();
        for (BookingSettings.Session s : settings.sessions()) {
            ZonedDateTime at = day.atTime(s.from()).atZone(CentreTime.ZONE);
            ZonedDateTime close = day.atTime(s.to()).atZone(CentreTime.ZONE);
            while (!at.plusMinutes(settings.slotMinutes()).isAfter(close)) {
                ZonedDateTime end = at.plusMinutes(settings.slotMinutes());
                out.add(new Slot(at.toInstant().toEpochMilli(), end.toInstant().toEpochMilli(), capacity));
                at = end;
            }
        }
        return out;
    }
}

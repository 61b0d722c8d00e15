package vn.motcua.server.dossier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Statutory times count working days (ngày làm việc): Saturdays and Sundays do not count, nor the public
 * holidays the centre configures. A procedure "within the day" (0 days) is due the same day.
 */
public final class WorkingDays {
    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public ZonedDateTime add(ZonedDateTime from, int days) {
        ZonedDateTime d = from;
        int left = days;
        while (left > 0 || !working(d.toLocalDate())) {
            d = d.plusDays(1);
            if (working(d.toLocalDate())) {
                left--;
            }
        }
        return d;
    }

    boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}

package vn.motcua.server.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The centre's calendar as settings data: Saturdays and Sundays are closed unless listed as make-up
 * working days (ngày làm bù); the listed closed days (public holidays, Tết, the centre's own closures)
 * are closed. The default is empty: weekdays open, weekends closed.
 */
public record CentreCalendar(List<ClosedDay> closed, List<LocalDate> makeUpDays) {
    public static final String SETTING = "calendar";

    /** A closed day and why, shown to a citizen who asks for it. */
    public record ClosedDay(LocalDate date, String reasonVi, String reasonEn) {
    }

    public CentreCalendar {
        closed = closed == null ? List.of() : List.copyOf(closed);
        makeUpDays = makeUpDays == null ? List.of() : List.copyOf(makeUpDays);
        for (ClosedDay d : closed) {
            if (d == null || d.date() == null) {
                throw new IllegalArgumentException("closed[].date is required");
            }
            if (makeUpDays.contains(d.date())) {
                throw new IllegalArgumentException(d.date() + " is listed both as closed and as a make-up working day");
            }
        }
    }

    public static CentreCalendar empty() {
        return new CentreCalendar(List.of(), List.of());
    }

    public boolean isOpen(LocalDate day) {
        if (closed.stream().anyMatch(d -> d.date().equals(day))) {
            return false;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || makeUpDays.contains(day);
    }
}

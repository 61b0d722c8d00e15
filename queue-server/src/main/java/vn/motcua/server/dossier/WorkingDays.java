package vn.motcua.server.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import vn.motcua.server.settings.CalendarStore;
import vn.motcua.server.settings.CentreCalendar;

/**
 * Statutory times count working days (ngày làm việc) by the centre's calendar: Saturdays and Sundays do not
 * count unless made working days (ngày làm bù), nor the public holidays, Tết and closed days the manager
 * entered. A procedure "within the day" (0 days) is due the same day, or the next working day.
 */
public final class WorkingDays {
    private final CalendarStore calendars;

    public WorkingDays(CalendarStore calendars) {
        this.calendars = calendars;
    }

    public ZonedDateTime add(Connection c, ZonedDateTime from, int days) throws SQLException {
        return add(calendars.read(c), from, days);
    }

    static ZonedDateTime add(CentreCalendar calendar, ZonedDateTime from, int days) {
        ZonedDateTime d = from;
        int left = days;
        while (left > 0 || !calendar.isOpen(d.toLocalDate())) {
            d = d.plusDays(1);
            if (calendar.isOpen(d.toLocalDate())) {
                left--;
            }
        }
        return d;
    }
}

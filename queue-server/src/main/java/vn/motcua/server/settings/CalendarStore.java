package vn.motcua.server.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.client.Json;

/**
 * The centre's calendar as bookings, dossier due dates and the reports read it: the {@link CentreCalendar}
 * the manager keeps in the settings (PUT /api/v1/calendar), read in the caller's transaction.
 */
public final class CalendarStore {
    private final CentreSettings settings = new CentreSettings();
    private final ObjectMapper json = Json.mapper();

    public CentreCalendar read(Connection c) throws SQLException {
        Optional<String> raw = settings.get(c, CentreCalendar.SETTING);
        if (raw.isEmpty()) {
            return CentreCalendar.empty();
        }
        try {
            return json.readValue(raw.get(), CentreCalendar.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("setting '" + CentreCalendar.SETTING + "' is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The working days of {@code year} by the calendar, or empty while the calendar says nothing about that year
     * (no closed or make-up day in it): a bare count of weekdays would overstate a year whose holidays nobody
     * entered yet.
     */
    public static Optional<Integer> workingDays(CentreCalendar calendar, int year) {
        boolean known = calendar.closed().stream().anyMatch(d -> d.date().getYear() == year)
                || calendar.makeUpDays().stream().anyMatch(d -> d.getYear() == year);
        if (!known) {
            return Optional.empty();
        }
        int open = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (calendar.isOpen(d)) {
                open++;
            }
        }
        return Optional.of(open);
    }

}

package vn.motcua.server.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/** The appointment figures of a report's range; the bookings know their check-in window, the report does not. */
@FunctionalInterface
public interface AppointmentCounts {
    AppointmentCounts NONE = (c, from, to, service) -> null;

    /** @param service null for every service */
    Summary.Appointments count(Connection c, LocalDate from, LocalDate to, String service) throws SQLException;
}

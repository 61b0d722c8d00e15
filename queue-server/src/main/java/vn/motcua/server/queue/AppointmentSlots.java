package vn.motcua.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/** The booked slot start (epoch ms) of each waiting ticket that came from a booking's check-in. */
@FunctionalInterface
public interface AppointmentSlots {
    AppointmentSlots NONE = (c, ids) -> Map.of();

    Map<Long, Long> of(Connection c, Collection<Long> ticketIds) throws SQLException;
}

package vn.motcua.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;

/** Which of the given waiting tickets were joined from a phone and not yet confirmed at the centre. */
@FunctionalInterface
public interface RemoteTickets {
    RemoteTickets NONE = (c, ids) -> Set.of();

    Set<Long> unconfirmed(Connection c, Collection<Long> ticketIds) throws SQLException;
}

package vn.motcua.server.counter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.motcua.server.storage.Sql;

/** Reads and writes counters and the services they serve. */
public final class CounterStore {
    private static final String COLUMNS = "number, name, priority, state, officer_id, current_ticket_id, priority_since_normal";

    /** Two queries whatever the number of counters: every issued ticket's estimate reads this. */
    public List<Counter> all(Connection c) throws SQLException {
        java.util.Map<Integer, List<String>> services = new java.util.HashMap<>();
        for (String[] row : Sql.list(c, "SELECT counter_number, service_code FROM counter_service "
                + "ORDER BY counter_number, position", rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            services.computeIfAbsent(Integer.valueOf(row[0]), k -> new java.util.ArrayList<>()).add(row[1]);
        }
        return Sql.list(c, "SELECT " + COLUMNS + " FROM counter ORDER BY number",
                rs -> map(rs, services.getOrDefault(rs.getInt(1), List.of())));
    }

    public Optional<Counter> find(Connection c, int number) throws SQLException {
        Optional<Counter> bare = Sql.one(c, "SELECT " + COLUMNS + " FROM counter WHERE number = ?",
                rs -> map(rs, List.of()), number);
        return bare.isPresent() ? Optional.of(withServices(c, bare.get())) : Optional.empty();
    }

    public Optional<Counter> findByOfficer(Connection c, long officerId) throws SQLException {
        Optional<Integer> n = Sql.one(c, "SELECT number FROM counter WHERE officer_id = ?", rs -> rs.getInt(1), officerId);
        return n.isPresent() ? find(c, n.get()) : Optional.empty();
    }

    public void insert(Connection c, int number, String name, boolean priority, List<String> services) throws SQLException {
        Sql.update(c, "INSERT INTO counter (number, name, priority, state) VALUES (?, ?, ?, 'CLOSED')",
                number, name, priority ? 1 : 0);
        for (int i = 0; i < services.size(); i++) {
            Sql.update(c, "INSERT INTO counter_service (counter_number, service_code, position) VALUES (?, ?, ?)",
                    number, services.get(i), i);
        }
    }

    public void update(Connection c, Counter k) throws SQLException {
        Sql.update(c, "UPDATE counter SET state = ?, officer_id = ?, current_ticket_id = ?, priority_since_normal = ? "
                + "WHERE number = ?", k.state().name(), k.officerId(), k.currentTicketId(), k.prioritySinceNormal(), k.number());
    }

    private Counter withServices(Connection c, Counter k) throws SQLException {
        List<String> services = Sql.list(c, "SELECT service_code FROM counter_service WHERE counter_number = ? "
                + "ORDER BY position", rs -> rs.getString(1), k.number());
        return new Counter(k.number(), k.name(), k.priority(), k.state(), k.officerId(), k.currentTicketId(),
                k.prioritySinceNormal(), services);
    }

    private static Counter map(ResultSet rs, List<String> services) throws SQLException {
        return new Counter(rs.getInt(1), rs.getString(2), rs.getInt(3) == 1, CounterState.valueOf(rs.getString(4)),
                Sql.longOrNull(rs, "officer_id"), Sql.longOrNull(rs, "current_ticket_id"), rs.getInt(7), services);
    }
}

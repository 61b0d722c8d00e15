package vn.motcua.server.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import vn.motcua.server.storage.Sql;

/**
 * Replays the append-only event table into visits. Events are appended in time order, so a date range is
 * one contiguous id range: the scan finds its bounds through the (service_day, type) index and then reads
 * rows in rowid order, the cheapest read SQLite has.
 */
final class VisitScanner {
    /**
     * Visits issued on days {@code from..to}. A visit of a day before {@code today} that is still live at the end of
     * the scan ended with its day (its expiry is recorded by the next day's first action, which may lie outside
     * the range): it counts as expired, and as waiting at close if it was waiting.
     */
    VisitReplay.Result scan(Connection c, String from, String to, String today, Map<Long, VisitReplay.Rating> ratings)
            throws SQLException {
        return scan(c, from, to, to, today, ratings);
    }

    /** As above, following the range's visits through the events up to day {@code followUntil}. */
    VisitReplay.Result scan(Connection c, String from, String to, String followUntil, String today,
                            Map<Long, VisitReplay.Rating> ratings) throws SQLException {
        long lo = firstId(c, from);
        long hi = lastId(c, followUntil);
        VisitReplay replay = new VisitReplay(from, to, ratings);
        if (lo > 0 && hi >= lo) {
            read(c, "SELECT type, at, service_day, ticket_id, service_code, category, counter_number, officer_id, detail "
                    + "FROM event WHERE id BETWEEN ? AND ? ORDER BY id", replay, lo, hi);
        }
        // A carried-over queue can keep a visit of the range alive past its last day: follow those tickets only.
        List<Long> carried = replay.liveTickets();
        if (!carried.isEmpty() && hasCarryOver(c)) {
            replay.follow();
            for (int i = 0; i < carried.size(); i += 500) {
                List<Long> chunk = carried.subList(i, Math.min(carried.size(), i + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                Object[] args = new Object[chunk.size() + 1];
                args[0] = hi;
                for (int j = 0; j < chunk.size(); j++) {
                    args[j + 1] = chunk.get(j);
                }
                read(c, "SELECT type, at, service_day, ticket_id, service_code, category, counter_number, officer_id, detail "
                        + "FROM event WHERE id > ? AND ticket_id IN (" + marks + ") ORDER BY id", replay, args);
            }
        }
        return replay.finish(today);
    }

    private static boolean hasCarryOver(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM service WHERE carry_over = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /**
     * The first event id on or after day {@code from}. MIN(id) over a range of the (service_day, type) index
     * would walk every later entry; finding the first day and then its smallest id touches one day only.
     */
    private static long firstId(Connection c, String from) throws SQLException {
        String day = text(c, "SELECT MIN(service_day) FROM event WHERE service_day >= ?", from);
        return day == null ? 0 : number(c, "SELECT MIN(id) FROM event WHERE service_day = ?", day);
    }

    private static long lastId(Connection c, String to) throws SQLException {
        String day = text(c, "SELECT MAX(service_day) FROM event WHERE service_day <= ?", to);
        return day == null ? 0 : number(c, "SELECT MAX(id) FROM event WHERE service_day = ?", day);
    }

    private static String text(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long number(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void read(Connection c, String sql, VisitReplay replay, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.setFetchSize(4096);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    replay.accept(rs.getString(1), rs.getLong(2), rs.getString(3), Sql.longOrNull(rs, 4), rs.getString(5),
                            rs.getString(6), Sql.intOrNull(rs, 7), Sql.longOrNull(rs, 8), rs.getString(9));
                }
            }
        }
    }
}

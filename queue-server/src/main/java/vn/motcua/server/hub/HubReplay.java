package vn.motcua.server.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.server.report.VisitReplay;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.storage.Sql;

/**
 * Feeds one centre's stored events to the report's {@link VisitReplay}, exactly as the centre's own scan does:
 * the rows of the range's days in outbox (= commit) order, ratings of the range and the day after, and for a
 * centre with a carried-over queue its range's live tickets followed a week further.
 */
final class HubReplay {
    static final String COLUMNS = "SELECT type, at, service_day::text, ticket_id, service, category, counter, officer, detail, id "
            + "FROM queue_event WHERE centre_id = ? ";

    /** Renumbers counters and officers so that several centres' visits can share one report. */
    interface Ids {
        Ids SAME = new Ids() {
            @Override
            public Integer counter(Integer counter) {
                return counter;
            }

            @Override
            public Long officer(Long officer) {
                return officer;
            }
        };

        Integer counter(Integer counter);

        Long officer(Long officer);
    }

    private HubReplay() {
    }

    static VisitReplay.Result replay(Connection c, int centre, String from, String to, String followUntil, String today, Ids ids)
            throws SQLException {
        Map<Long, VisitReplay.Rating> ratings = ratings(c, centre, from, LocalDate.parse(to).plusDays(1).toString(), ids);
        VisitReplay replay = new VisitReplay(from, to, ratings);
        // OFFSET 0 keeps the planner from turning MIN/MAX(id) into a walk along the primary key (centre, id) that
        // filters on the day: at 470,000 rows a centre that walk took 0.5 s for a day in September, the day's own
        // rows through queue_event_day 7 ms
        Long lo = bound(c, "SELECT MIN(id) FROM (SELECT id FROM queue_event WHERE centre_id = ? AND service_day = "
                + "(SELECT MIN(service_day) FROM queue_event WHERE centre_id = ? AND service_day >= ?::date) OFFSET 0) d", centre, from);
        Long hi = bound(c, "SELECT MAX(id) FROM (SELECT id FROM queue_event WHERE centre_id = ? AND service_day = "
                + "(SELECT MAX(service_day) FROM queue_event WHERE centre_id = ? AND service_day <= ?::date) OFFSET 0) d", centre,
                followUntil);
        if (lo == null || hi == null || hi < lo) {
            return replay.finish(today);
        }
        try (PreparedStatement s = c.prepareStatement(COLUMNS + "AND id BETWEEN ? AND ? ORDER BY id")) {
            s.setInt(1, centre);
            s.setLong(2, lo);
            s.setLong(3, hi);
            feed(s, replay, ids);
        }
        List<Long> carried = replay.liveTickets();
        if (!carried.isEmpty() && hasCarryOver(c, centre)) {
            replay.follow();
            try (PreparedStatement s = c.prepareStatement(COLUMNS + "AND id > ? AND service_day BETWEEN ?::date AND ?::date "
                    + "AND ticket_id = ANY(?) ORDER BY id")) {
                s.setInt(1, centre);
                s.setLong(2, hi);
                s.setString(3, followUntil);
                s.setString(4, LocalDate.parse(followUntil).plusDays(7).toString());
                s.setArray(5, c.createArrayOf("int8", carried.toArray()));
                feed(s, replay, ids);
            }
        }
        return replay.finish(today);
    }

    private static void feed(PreparedStatement s, VisitReplay replay, Ids ids) throws SQLException {
        s.setFetchSize(10_000);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Row.of(rs).feed(replay, ids);
            }
        }
    }

    /** One row of a {@link #COLUMNS} query, read once to be fed to several replays. */
    record Row(String type, long at, String day, Long ticket, String service, String category, Integer counter, Long officer,
               String detail, long id) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getString(1), rs.getLong(2), rs.getString(3), Sql.longOrNull(rs, 4), rs.getString(5),
                    rs.getString(6), Sql.intOrNull(rs, 7), Sql.longOrNull(rs, 8), rs.getString(9), rs.getLong(10));
        }

        void feed(VisitReplay replay, Ids ids) {
            replay.accept(type, at, day, ticket, service, category, ids.counter(counter), ids.officer(officer), detail);
        }
    }

    static boolean hasCarryOver(Connection c, int centre) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM queue_event WHERE centre_id = ? AND type = 'ticket.carried_over' "
                + "LIMIT 1")) {
            s.setInt(1, centre);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Long bound(Connection c, String sql, int centre, String day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, centre);
            s.setInt(2, centre);
            s.setString(3, day);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return Sql.longOrNull(rs, 1);
            }
        }
    }

    /** The newest rating of each ticket rated on days {@code from..until}. */
    private static Map<Long, VisitReplay.Rating> ratings(Connection c, int centre, String from, String until, Ids ids)
            throws SQLException {
        Map<Long, VisitReplay.Rating> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ticket_id, score, counter, officer FROM rating_fact "
                + "WHERE centre_id = ? AND service_day BETWEEN ?::date AND ?::date ORDER BY id")) {
            s.setInt(1, centre);
            s.setString(2, from);
            s.setString(3, until);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rating(rs, 2, ids));
                }
            }
        }
        return out;
    }

    /** The rating of the current row, its score, counter and officer in columns {@code score}, +1, +2. */
    static VisitReplay.Rating rating(ResultSet rs, int score, Ids ids) throws SQLException {
        Long mapped = ids.officer(Sql.longOrNull(rs, score + 2));
        return new VisitReplay.Rating(rs.getString(score), ids.counter(rs.getInt(score + 1)), mapped == null ? -1 : mapped);
    }

    /** The centre's services as last sent, as the report's service definitions. */
    static List<ServiceDef> services(Connection c, int centre) throws SQLException {
        List<ServiceDef> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, name_vi, name_en, target_wait, target_processing "
                + "FROM service_fact WHERE centre_id = ? ORDER BY code")) {
            s.setInt(1, centre);
            try (ResultSet rs = s.executeQuery()) {
                int order = 0;
                while (rs.next()) {
                    out.add(new ServiceDef(rs.getString(1), "", rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), 0,
                            false, order++));
                }
            }
        }
        return out;
    }
}

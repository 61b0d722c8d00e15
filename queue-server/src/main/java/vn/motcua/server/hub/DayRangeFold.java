package vn.motcua.server.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.motcua.server.report.VisitReplay;
import vn.motcua.server.service.ServiceDef;

/**
 * Several days of one centre folded in one pass over its events, each day exactly as {@link PackedDays#fold}
 * folds it alone: a day's replay is fed the rows with ids from the first row of the first day on or after it to
 * the last row of the last day on or before the next day, in id order, with the ratings of the day and the next.
 * Instead of five statements per day (two of them probing the day's first and last id), it reads the days' id spans
 * and ratings once, streams the rows once in id order, and hands each row to every day whose span holds it (two at
 * a time for consecutive days). A day whose span reaches outside the days read, or whose visits a
 * carried-over queue may take into the following week, is folded alone by {@link PackedDays#fold}.
 */
final class DayRangeFold {
    /** Dirty days further apart than this are folded in separate passes, so a pass never streams a long gap. */
    private static final int MAX_GAP_DAYS = 7;

    private DayRangeFold() {
    }

    /** One day's replay while the stream passes its span. */
    private record Window(String day, long lo, long hi, VisitReplay replay) {
    }

    /** Folds {@code days} (yyyy-MM-dd, ascending, distinct) of {@code centre}; the result in the same order. */
    static Map<String, PackedDays.Fold> fold(Connection c, int centre, List<String> days, String today) throws SQLException {
        Map<String, PackedDays.Fold> out = new LinkedHashMap<>();
        List<ServiceDef> services = HubReplay.services(c, centre);
        boolean carryOver = HubReplay.hasCarryOver(c, centre);
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || LocalDate.parse(days.get(i - 1)).plusDays(MAX_GAP_DAYS).isBefore(LocalDate.parse(days.get(i)))) {
                run(c, centre, days.subList(start, i), today, services, carryOver, out);
                start = i;
            }
        }
        Map<String, PackedDays.Fold> ordered = new LinkedHashMap<>();
        for (String day : days) {
            ordered.put(day, out.get(day));
        }
        return ordered;
    }

    private static void run(Connection c, int centre, List<String> days, String today, List<ServiceDef> services,
                            boolean carryOver, Map<String, PackedDays.Fold> out) throws SQLException {
        String first = days.get(0);
        String after = next(days.get(days.size() - 1));
        TreeMap<String, long[]> spans = spans(c, centre, first, after);
        Map<String, List<Object[]>> ratings = ratings(c, centre, first, after);
        List<String> alone = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        for (String day : days) {
            Map.Entry<String, long[]> lo = spans.ceilingEntry(day);
            Map.Entry<String, long[]> hi = spans.floorEntry(next(day));
            if (lo == null || hi == null) {
                // the span's first or last day lies outside the days read: the single-day fold looks it up
                alone.add(day);
                continue;
            }
            windows.add(new Window(day, lo.getValue()[0], hi.getValue()[1],
                    new VisitReplay(day, day, ratingsOf(ratings.get(day), ratings.get(next(day))))));
        }
        windows.sort((a, b) -> Long.compare(a.lo(), b.lo()));
        stream(c, centre, windows, w -> {
            if (carryOver && !w.replay().liveTickets().isEmpty()) {
                alone.add(w.day());
            } else {
                out.put(w.day(), PackedDays.fold(w.replay().finish(today), w.day(), services));
            }
        });
        for (String day : alone) {
            out.put(day, PackedDays.fold(c, centre, day, today));
        }
    }

    /** Streams the rows from the lowest span start to the highest span end once, each to the windows whose span holds it. */
    private static void stream(Connection c, int centre, List<Window> windows, Consumer<Window> finished) throws SQLException {
        List<Window> empty = new ArrayList<>();
        List<Window> open = new ArrayList<>();
        for (Window w : windows) {
            (w.hi() < w.lo() ? empty : open).add(w);
        }
        for (Window w : empty) {
            finished.accept(w);
        }
        if (open.isEmpty()) {
            return;
        }
        long lo = open.get(0).lo();
        long hi = Long.MIN_VALUE;
        for (Window w : open) {
            hi = Math.max(hi, w.hi());
        }
        List<Window> active = new ArrayList<>();
        int next = 0;
        try (PreparedStatement s = c.prepareStatement(HubReplay.COLUMNS + "AND id BETWEEN ? AND ? ORDER BY id")) {
            s.setInt(1, centre);
            s.setLong(2, lo);
            s.setLong(3, hi);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    HubReplay.Row row = HubReplay.Row.of(rs);
                    long id = row.id();
                    for (Iterator<Window> it = active.iterator(); it.hasNext(); ) {
                        Window w = it.next();
                        if (w.hi() < id) {
                            it.remove();
                            finished.accept(w);
                        }
                    }
                    while (next < open.size() && open.get(next).lo() <= id) {
                        active.add(open.get(next++));
                    }
                    for (Window w : active) {
                        if (w.hi() >= id) {
                            row.feed(w.replay(), HubReplay.Ids.SAME);
                        }
                    }
                }
            }
        }
        for (Window w : active) {
            finished.accept(w);
        }
        while (next < open.size()) {
            finished.accept(open.get(next++));
        }
    }

    /** First and last event id of each day in {@code from..to} that has events. */
    private static TreeMap<String, long[]> spans(Connection c, int centre, String from, String to) throws SQLException {
        TreeMap<String, long[]> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT service_day::text, MIN(id), MAX(id) FROM queue_event "
                + "WHERE centre_id = ? AND service_day BETWEEN ?::date AND ?::date GROUP BY service_day")) {
            s.setInt(1, centre);
            s.setString(2, from);
            s.setString(3, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        return out;
    }

    /** The ratings of days {@code from..to} by day, each day's in id order: {id, ticket, rating}. */
    private static Map<String, List<Object[]>> ratings(Connection c, int centre, String from, String to) throws SQLException {
        Map<String, List<Object[]>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT service_day::text, id, ticket_id, score, counter, officer FROM rating_fact "
                + "WHERE centre_id = ? AND service_day BETWEEN ?::date AND ?::date ORDER BY id")) {
            s.setInt(1, centre);
            s.setString(2, from);
            s.setString(3, to);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Object[] {rs.getLong(2), rs.getLong(3),
                            HubReplay.rating(rs, 4, HubReplay.Ids.SAME)});
                }
            }
        }
        return out;
    }

    /** The newest rating of each ticket rated on either day, as the single-day fold's query (both days, by id) gives it. */
    private static Map<Long, VisitReplay.Rating> ratingsOf(List<Object[]> day, List<Object[]> nextDay) {
        List<Object[]> a = day == null ? List.of() : day;
        List<Object[]> b = nextDay == null ? List.of() : nextDay;
        Map<Long, VisitReplay.Rating> out = new HashMap<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            Object[] r = j >= b.size() || (i < a.size() && (long) a.get(i)[0] < (long) b.get(j)[0]) ? a.get(i++) : b.get(j++);
            out.put((Long) r[1], (VisitReplay.Rating) r[2]);
        }
        return out;
    }

    private static String next(String day) {
        return LocalDate.parse(day).plusDays(1).toString();
    }
}

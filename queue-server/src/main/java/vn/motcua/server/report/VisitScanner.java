package vn.motcua.server.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.client.EventType;

/**
 * Replays the append-only event table into visits. Events are appended in time order, so a date range is
 * one contiguous id range: the scan finds its bounds through the (service_day, type) index and then reads
 * rows in rowid order, the cheapest read SQLite has.
 */
final class VisitScanner {
    /** Prefix of a {@code ticket.issued} detail that carries an appointment's booked slot (epoch ms). */
    static final String SLOT_PREFIX = "slot:";
    static final String TRANSFER_PREFIX = "transfer:";

    /**
     * What the scan found: visits rooted in the range, the days each officer worked, and the days that still had
     * a live visit before the end-of-scan rule below (such a day may change and is never folded).
     */
    record Result(List<Visit> visits, Map<Long, Set<String>> daysByOfficer, Set<String> openDays) {
    }

    /** A live queue segment of a visit. */
    private static final class Segment {
        final Visit visit;
        String state = "WAITING";
        long servingSince = -1;
        int servingCounter;
        long servingOfficer;

        Segment(Visit visit) {
            this.visit = visit;
        }
    }

    /**
     * Visits issued on days {@code from..to}. A visit of a day before {@code today} that is still live at the end of
     * the scan ended with its day (its expiry is recorded by the next day's first action, which may lie outside
     * the range): it counts as expired, and as waiting at close if it was waiting.
     */
    Result scan(Connection c, String from, String to, String today, Map<Long, RatingRow> ratings) throws SQLException {
        return scan(c, from, to, to, today, ratings);
    }

    /** As above, following the range's visits through the events up to day {@code followUntil}. */
    Result scan(Connection c, String from, String to, String followUntil, String today, Map<Long, RatingRow> ratings)
            throws SQLException {
        long lo = firstId(c, from);
        long hi = lastId(c, followUntil);
        List<Visit> visits = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<Long, Set<String>> days = new HashMap<>();
        Map<Long, Segment> live = new HashMap<>();
        if (lo > 0 && hi >= lo) {
            read(c, "SELECT type, at, service_day, ticket_id, service_code, category, counter_number, officer_id, detail "
                    + "FROM event WHERE id BETWEEN ? AND ? ORDER BY id", from, to, ratings, visits, names, days, live,
                    true, lo, hi);
        }
        // A carried-over queue can keep a visit of the range alive past its last day: follow those tickets only.
        List<Long> carried = live.entrySet().stream().filter(e -> e.getValue().visit.end == null)
                .map(Map.Entry::getKey).toList();
        if (!carried.isEmpty() && hasCarryOver(c)) {
            for (int i = 0; i < carried.size(); i += 500) {
                List<Long> chunk = carried.subList(i, Math.min(carried.size(), i + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                Object[] args = new Object[chunk.size() + 1];
                args[0] = hi;
                for (int j = 0; j < chunk.size(); j++) {
                    args[j + 1] = chunk.get(j);
                }
                read(c, "SELECT type, at, service_day, ticket_id, service_code, category, counter_number, officer_id, detail "
                        + "FROM event WHERE id > ? AND ticket_id IN (" + marks + ") ORDER BY id", from, to, ratings, visits,
                        names, days, live, false, args);
            }
        }
        Set<String> open = new HashSet<>();
        for (Segment seg : live.values()) {
            Visit v = seg.visit;
            if (v.end == null) {
                open.add(v.day);
            }
            if (v.end == null && v.day.compareTo(today) < 0) {
                v.end = "EXPIRED";
                v.waitingAtClose = "WAITING".equals(seg.state);
            }
        }
        return new Result(visits, days, open);
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

    private static void read(Connection c, String sql, String from, String to, Map<Long, RatingRow> ratings,
                             List<Visit> visits, Map<String, String> names, Map<Long, Set<String>> days,
                             Map<Long, Segment> live, boolean inRange, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.setFetchSize(4096);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    // Interned: a million visits share a few hundred distinct days, services and categories.
                    String day = names.computeIfAbsent(rs.getString(3), k -> k);
                    boolean dayInRange = day.compareTo(from) >= 0 && day.compareTo(to) <= 0;
                    long officer = rs.getLong(8);
                    boolean hasOfficer = !rs.wasNull();
                    if (inRange && dayInRange && hasOfficer) {
                        days.computeIfAbsent(officer, k -> new HashSet<>()).add(day);
                    }
                    long ticket = rs.getLong(4);
                    if (rs.wasNull()) {
                        continue;
                    }
                    EventType type = EventType.of(rs.getString(1));
                    long at = rs.getLong(2);
                    if (type == EventType.TICKET_ISSUED) {
                        String detail = rs.getString(9);
                        if (detail != null && detail.startsWith(TRANSFER_PREFIX)) {
                            Segment from0 = live.remove(Long.parseLong(detail.substring(TRANSFER_PREFIX.length())));
                            if (from0 != null) {
                                live.put(ticket, new Segment(from0.visit));
                            }
                        } else if (inRange && dayInRange) {
                            long waitStart = at;
                            String category = names.computeIfAbsent(rs.getString(6), k -> k);
                            if ("APPOINTMENT".equals(category) && detail != null && detail.startsWith(SLOT_PREFIX)) {
                                waitStart = Math.max(at, Long.parseLong(detail.substring(SLOT_PREFIX.length())));
                            }
                            Visit v = new Visit(ticket, names.computeIfAbsent(rs.getString(5), k -> k), category, day, at,
                                    waitStart);
                            visits.add(v);
                            live.put(ticket, new Segment(v));
                        }
                        continue;
                    }
                    Segment seg = live.get(ticket);
                    if (seg == null || type == null) {
                        continue;
                    }
                    Visit v = seg.visit;
                    switch (type) {
                        case TICKET_CALLED -> {
                            seg.state = "CALLED";
                            if (v.firstCall < 0) {
                                v.firstCall = at;
                                v.firstCounter = rs.getInt(7);
                                v.firstOfficer = hasOfficer ? officer : -1;
                            }
                        }
                        case TICKET_STARTED -> {
                            seg.state = "SERVING";
                            seg.servingSince = at;
                            seg.servingCounter = rs.getInt(7);
                            seg.servingOfficer = hasOfficer ? officer : -1;
                        }
                        case TICKET_FINISHED -> {
                            closeServing(seg, at);
                            v.end = "DONE";
                            String outcome = rs.getString(9);
                            v.outcome = outcome == null ? null : names.computeIfAbsent(outcome, k -> k);
                            v.finishOfficer = hasOfficer ? officer : -1;
                            RatingRow r = ratings.get(ticket);
                            if (r != null) {
                                v.rating = r.score();
                                v.ratingCounter = r.counter();
                                v.ratingOfficer = r.officer();
                            }
                            live.remove(ticket);
                        }
                        case TICKET_TRANSFERRED -> closeServing(seg, at);
                        case TICKET_NO_SHOW -> {
                            seg.state = "NO_SHOW";
                            v.end = "NO_SHOW";
                        }
                        case TICKET_REINSTATED -> {
                            seg.state = "WAITING";
                            v.end = null;
                        }
                        case TICKET_CANCELLED -> {
                            v.end = "CANCELLED";
                            live.remove(ticket);
                        }
                        case TICKET_EXPIRED -> {
                            // A serving segment cut by the end of day has no true end: it is left out rather than
                            // counted as hours of processing.
                            v.waitingAtClose = "WAITING".equals(seg.state);
                            v.end = "EXPIRED";
                            live.remove(ticket);
                        }
                        default -> {
                            // recalled, carried_over: the visit's figures do not change.
                        }
                    }
                }
            }
        }
    }

    private static void closeServing(Segment seg, long at) {
        if (seg.servingSince >= 0) {
            seg.visit.addServing(seg.servingCounter, seg.servingOfficer, at - seg.servingSince);
            seg.servingSince = -1;
        }
    }

    /** A rating as the scan needs it. */
    record RatingRow(String score, int counter, long officer) {
    }
}

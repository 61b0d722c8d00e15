package vn.motcua.server.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.motcua.client.CentreTime;

/**
 * Writes realistic days straight into a centre's SQLite file: tickets and their append-only events with known
 * times (arrivals peaking mid-morning and early afternoon, a service mix, priority categories, appointments with
 * booked slots, transfers, recalls, no-shows and reinstatements, cancellations, visitors still waiting at
 * close, serving cut by the end of day, ratings, visits set aside and called back, visits with a second service under
 * the same number). Alongside it returns the truth of every visit, so a test can
 * compute the expected figures without reading the events back.
 */
public final class DayGenerator {
    static final String[] SCORES = {"VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED"};
    private static final String[] CATEGORIES = {"NORMAL", "ELDERLY", "DISABLED", "PREGNANT", "MERIT", "CHILD", "APPOINTMENT"};
    private static final double[] CATEGORY_WEIGHTS = {80, 7, 2, 3, 2, 3, 3};
    private static final String[] OUTCOMES = {"RECEIVED", "SUPPLEMENT_REQUESTED", "REFUSED", "INFO_ONLY"};
    private static final double[] OUTCOME_WEIGHTS = {70, 15, 3, 12};
    /** Relative arrivals per hour 7..16 (a morning peak at 8-9, a smaller one at 14). */
    private static final double[] HOUR_WEIGHTS = {4, 14, 16, 12, 8, 0, 6, 11, 9, 5};

    /** A serving segment of the truth. */
    public record Serving(int counter, long officer, long millis) {
    }

    /** What really happened to one visit. */
    public static final class Truth {
        public long rootTicket;
        public String service;
        public String category;
        public LocalDate day;
        public long arrival;
        public long waitStart;
        public Long firstCall;
        public int firstCounter = -1;
        public long firstOfficer = -1;
        public final List<Serving> servings = new ArrayList<>();
        public String end;
        public boolean waitingAtClose;
        public String outcome;
        public long finishOfficer = -1;
        public String rating;
        public int ratingCounter = -1;
        public long ratingOfficer = -1;
        public boolean setAside;
        public long asideMillis;
        /** A visit with several services: the first service's root ticket; equal to rootTicket otherwise. */
        public long visitRoot;
        public int leg;
    }

    private record Ev(long at, int order, String type, String day, long ticket, String number, String service,
                      String category, String state, Integer counter, String counterState, Long officer, int recalls,
                      String detail) {
    }

    private final Random random;
    private final Map<String, List<Integer>> countersByService = new LinkedHashMap<>();
    private final List<String> services = new ArrayList<>();
    private final Map<String, Character> prefix = new HashMap<>();
    private final List<Long> officers = new ArrayList<>();
    private final List<Integer> counters = new ArrayList<>();
    private long nextTicket;
    /** The days each officer worked (opened a counter). */
    public final Map<Long, java.util.Set<LocalDate>> presence = new HashMap<>();
    private int nextOrder;

    public DayGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static Connection open(Path dataDir) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("queue.db").toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
        }
        c.setAutoCommit(false);
        return c;
    }

    /** Generates {@code days} consecutive days from {@code first}, about {@code perDay} visits on a weekday. */
    public List<Truth> generate(Connection c, LocalDate first, int days, int perDay) throws SQLException {
        load(c);
        List<Truth> all = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int n = day.getDayOfWeek() == DayOfWeek.SATURDAY ? perDay / 3 : perDay;
            all.addAll(day(c, day, n));
            c.commit();
        }
        return all;
    }

    private void load(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT code, prefix FROM service ORDER BY sort_order, code")) {
                while (rs.next()) {
                    services.add(rs.getString(1));
                    prefix.put(rs.getString(1), rs.getString(2).charAt(0));
                    countersByService.put(rs.getString(1), new ArrayList<>());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT counter_number, service_code FROM counter_service ORDER BY counter_number")) {
                while (rs.next()) {
                    countersByService.get(rs.getString(2)).add(rs.getInt(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT number FROM counter ORDER BY number")) {
                while (rs.next()) {
                    counters.add(rs.getInt(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM app_user WHERE role = 'OFFICER' ORDER BY id")) {
                while (rs.next()) {
                    officers.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM ticket")) {
                rs.next();
                nextTicket = rs.getLong(1) + 1;
            }
        }
    }

    private List<Truth> day(Connection c, LocalDate day, int n) throws SQLException {
        String dayText = day.toString();
        long open = day.atTime(LocalTime.of(7, 30)).atZone(CentreTime.ZONE).toInstant().toEpochMilli();
        // Who sits where today: usually officer i at counter i, but some days two swap and one is absent.
        Map<Integer, Long> officerAt = new LinkedHashMap<>();
        List<Long> todays = new ArrayList<>(officers);
        if (random.nextInt(3) == 0) {
            java.util.Collections.swap(todays, 1, 2);
        }
        int absent = random.nextInt(4) == 0 ? 1 + random.nextInt(Math.min(counters.size(), todays.size()) - 1) : -1;
        List<Ev> events = new ArrayList<>();
        for (int i = 0; i < counters.size() && i < todays.size(); i++) {
            if (i != absent) {
                officerAt.put(counters.get(i), todays.get(i));
                presence.computeIfAbsent(todays.get(i), k -> new java.util.TreeSet<>()).add(day);
                events.add(new Ev(open - 60_000 + i, nextOrder++, "counter.changed", dayText, 0, null, null, null, null,
                        counters.get(i), "OPEN", todays.get(i), 0, null));
            }
        }
        Map<String, Integer> sequence = new HashMap<>();
        List<Truth> truths = new ArrayList<>();
        List<Object[]> ticketRows = new ArrayList<>();
        List<Object[]> ratingRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Truth t = new Truth();
            t.day = day;
            t.service = pick(services, weightsFor(services.size()));
            t.category = CATEGORIES[index(CATEGORY_WEIGHTS)];
            int hour = 7 + index(HOUR_WEIGHTS);
            LocalTime at = LocalTime.of(hour, 0).plusSeconds(random.nextInt(3600)).plusNanos(random.nextInt(1000) * 1_000_000L);
            if (at.isBefore(LocalTime.of(7, 30))) {
                at = at.plusMinutes(30);
            }
            t.arrival = day.atTime(at).atZone(CentreTime.ZONE).toInstant().toEpochMilli();
            t.waitStart = t.arrival;
            String issuedDetail = null;
            if (t.category.equals("APPOINTMENT")) {
                long slot = t.arrival + (random.nextInt(41) - 20) * 60_000L;
                t.waitStart = Math.max(t.arrival, slot);
                issuedDetail = VisitReplay.SLOT_PREFIX + slot;
            }
            truths.add(t);
            visit(t, dayText, issuedDetail, officerAt, sequence, events, ticketRows, ratingRows, truths, null, 0);
        }
        events.sort(Comparator.comparingLong(Ev::at).thenComparingInt(Ev::order));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (id, number, service_code, service_day, category, "
                + "state, arrived_at, issued_at, counter_number, officer_id, recalls, origin_ticket_id, state_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : ticketRows) {
                for (int k = 0; k < row.length; k++) {
                    ps.setObject(k + 1, row[k]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (type, at, service_day, ticket_id, number, "
                + "service_code, category, state, counter_number, counter_state, officer_id, recalls, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Ev e : events) {
                ps.setString(1, e.type());
                ps.setLong(2, e.at());
                ps.setString(3, e.day());
                ps.setObject(4, e.ticket() == 0 ? null : e.ticket());
                ps.setString(5, e.number());
                ps.setString(6, e.service());
                ps.setString(7, e.category());
                ps.setString(8, e.state());
                ps.setObject(9, e.counter());
                ps.setString(10, e.counterState());
                ps.setObject(11, e.officer());
                ps.setInt(12, e.recalls());
                ps.setString(13, e.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rating (ticket_id, at, service_day, counter_number, "
                + "officer_id, score, reasons) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : ratingRows) {
                for (int k = 0; k < row.length; k++) {
                    ps.setObject(k + 1, row[k]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return truths;
    }

    /** Plays one visit: its segments, its events in time order, its ticket rows and its rating. */
    private void visit(Truth t, String day, String issuedDetail, Map<Integer, Long> officerAt, Map<String, Integer> sequence,
                       List<Ev> events, List<Object[]> ticketRows, List<Object[]> ratingRows, List<Truth> truths,
                       String keptNumber, long rootOfVisit) {
        String service = t.service;
        long now = t.waitStart;
        long ticket = nextTicket++;
        t.rootTicket = ticket;
        t.visitRoot = rootOfVisit == 0 ? ticket : rootOfVisit;
        Long origin = rootOfVisit == 0 ? null : rootOfVisit;
        String number = keptNumber != null ? keptNumber : number(service, sequence);
        events.add(ev(keptNumber != null ? t.waitStart : t.arrival, "ticket.issued", day, ticket, number, service, t.category,
                "WAITING", null, null, 0, issuedDetail));
        int segments = 0;
        while (true) {
            segments++;
            double fate = random.nextDouble();
            List<Integer> here = countersByService.get(service).stream().filter(officerAt::containsKey).toList();
            long segmentStart = now;
            if (here.isEmpty() || fate < 0.02) {
                // Nobody serves it today, or the visitor is still waiting when the centre closes.
                t.waitingAtClose = true;
                t.end = "EXPIRED";
                long close = LocalDate.parse(day).plusDays(1).atTime(7, 0).atZone(CentreTime.ZONE).toInstant().toEpochMilli();
                events.add(ev(close, "ticket.expired", LocalDate.parse(day).plusDays(1).toString(), ticket, number, service,
                        t.category, "EXPIRED", null, null, 0, null));
                ticketRows.add(row(ticket, number, service, day, t, "EXPIRED", segmentStart, null, null, 0, origin, close));
                return;
            }
            if (fate < 0.05) {
                long at = now + minutes(1, 25);
                t.end = "CANCELLED";
                events.add(ev(at, "ticket.cancelled", day, ticket, number, service, t.category, "CANCELLED", null, null, 0, null));
                ticketRows.add(row(ticket, number, service, day, t, "CANCELLED", segmentStart, null, null, 0, origin, at));
                return;
            }
            int counter = here.get(random.nextInt(here.size()));
            long officer = officerAt.get(counter);
            long call = now + lognormalMinutes(9, 0.8, 95);
            events.add(ev(call, "ticket.called", day, ticket, number, service, t.category, "CALLED", counter, officer, 0, null));
            if (t.firstCall == null) {
                t.firstCall = call;
                t.firstCounter = counter;
                t.firstOfficer = officer;
            }
            now = call;
            if (fate < 0.11) {
                // Called, recalled, gone: a no-show; a third of them come back and are served later.
                now += minutes(1, 2);
                events.add(ev(now, "ticket.recalled", day, ticket, number, service, t.category, "CALLED", counter, officer, 1, null));
                now += minutes(1, 3);
                events.add(ev(now, "ticket.no_show", day, ticket, number, service, t.category, "NO_SHOW", counter, officer, 1, null));
                if (random.nextInt(3) > 0) {
                    t.end = "NO_SHOW";
                    ticketRows.add(row(ticket, number, service, day, t, "NO_SHOW", segmentStart, counter, officer, 1, origin, now));
                    return;
                }
                now += minutes(2, 20);
                events.add(ev(now, "ticket.reinstated", day, ticket, number, service, t.category, "WAITING", null, officer, 0, null));
                now += minutes(1, 15);
                events.add(ev(now, "ticket.called", day, ticket, number, service, t.category, "CALLED", counter, officer, 0, null));
            }
            long start = now + random.nextInt(90_000);
            events.add(ev(start, "ticket.started", day, ticket, number, service, t.category, "SERVING", counter, officer, 0, null));
            long serve = lognormalMinutes(12, 0.6, 80);
            long end = start + serve;
            if (fate > 0.99) {
                // Serving cut by the end of the day: expired with no finish, so no processing time is known.
                t.end = "EXPIRED";
                long close = LocalDate.parse(day).plusDays(1).atTime(7, 0).atZone(CentreTime.ZONE).toInstant().toEpochMilli();
                events.add(ev(close, "ticket.expired", LocalDate.parse(day).plusDays(1).toString(), ticket, number, service,
                        t.category, "EXPIRED", counter, null, 0, null));
                ticketRows.add(row(ticket, number, service, day, t, "EXPIRED", segmentStart, counter, officer, 0, origin, close));
                return;
            }
            if (fate > 0.5 && fate < 0.56) {
                // Set aside part-way (the citizen fills in a form), called back later, then served to the end.
                long part = Math.max(1, serve / 3);
                long aside = minutes(2, 25);
                t.servings.add(new Serving(counter, officer, part));
                events.add(ev(start + part, "ticket.set_aside", day, ticket, number, service, t.category, "ASIDE", counter,
                        officer, 0, null));
                long back = start + part + aside;
                events.add(ev(back, "ticket.called", day, ticket, number, service, t.category, "CALLED", counter, officer, 0,
                        "aside"));
                long again = back + random.nextInt(60_000);
                events.add(ev(again, "ticket.started", day, ticket, number, service, t.category, "SERVING", counter, officer,
                        0, null));
                t.setAside = true;
                t.asideMillis += aside;
                serve -= part;
                start = again;
                end = start + serve;
            }
            t.servings.add(new Serving(counter, officer, serve));
            if (fate > 0.93 && segments < 3) {
                String target = services.get(random.nextInt(services.size()));
                if (!target.equals(service)) {
                    long newTicket = nextTicket++;
                    String newNumber = number(target, sequence);
                    events.add(ev(end, "ticket.transferred", day, ticket, number, service, t.category, "TRANSFERRED", counter,
                            officer, 0, target + ":" + newTicket));
                    events.add(ev(end, "ticket.issued", day, newTicket, newNumber, target, t.category, "WAITING", null, officer,
                            0, VisitReplay.TRANSFER_PREFIX + ticket));
                    ticketRows.add(row(ticket, number, service, day, t, "TRANSFERRED", segmentStart, counter, officer, 0, origin, end));
                    origin = t.rootTicket;
                    ticket = newTicket;
                    number = newNumber;
                    service = target;
                    now = end;
                    continue;
                }
            }
            String outcome = OUTCOMES[index(OUTCOME_WEIGHTS)];
            events.add(ev(end, "ticket.finished", day, ticket, number, service, t.category, "DONE", counter, officer, 0, outcome));
            ticketRows.add(row(ticket, number, service, day, t, "DONE", segmentStart, counter, officer, 0, origin, end));
            t.end = "DONE";
            t.outcome = outcome;
            t.finishOfficer = officer;
            if (t.leg == 0 && random.nextDouble() < 0.08) {
                // A second procedure: the same number goes on to the next service's queue when this one is done.
                String target = services.get(random.nextInt(services.size()));
                if (!target.equals(service)) {
                    Truth then = new Truth();
                    then.day = t.day;
                    then.service = target;
                    then.category = t.category;
                    then.arrival = t.arrival;
                    then.waitStart = end;
                    then.leg = t.leg + 1;
                    truths.add(then);
                    visit(then, day, VisitReplay.NEXT_PREFIX + ticket, officerAt, sequence, events, ticketRows, ratingRows,
                            truths, number, t.visitRoot);
                }
            }
            if (random.nextDouble() < 0.65) {
                String score = SCORES[index(new double[] {55, 36, 6, 3})];
                t.rating = score;
                t.ratingCounter = counter;
                t.ratingOfficer = officer;
                long ratedAt = end + 20_000 + random.nextInt(60_000);
                ratingRows.add(new Object[] {ticket, ratedAt, day, counter, officer, score,
                        score.equals("DISSATISFIED") ? "WAIT_TOO_LONG" : null});
            }
            return;
        }
    }

    private Object[] row(long id, String number, String service, String day, Truth t, String state, long issuedAt,
                         Integer counter, Long officer, int recalls, Long origin, long stateAt) {
        return new Object[] {id, number, service, day, t.category, state, t.arrival, origin == null ? t.arrival : issuedAt,
                counter, officer, recalls, origin, stateAt};
    }

    private Ev ev(long at, String type, String day, long ticket, String number, String service, String category, String state,
                  Integer counter, Long officer, int recalls, String detail) {
        return new Ev(at, nextOrder++, type, day, ticket, number, service, category, state, counter, null, officer, recalls,
                detail);
    }

    private String number(String service, Map<String, Integer> sequence) {
        int n = sequence.merge(service, 1, Integer::sum);
        return prefix.get(service) + String.format("%04d", n);
    }

    private long minutes(int min, int max) {
        return (min + random.nextInt(max - min + 1)) * 60_000L + random.nextInt(60_000);
    }

    /** A long-tailed duration around {@code medianMinutes}, capped, to the millisecond. */
    private long lognormalMinutes(double medianMinutes, double sigma, double capMinutes) {
        double m = medianMinutes * Math.exp(sigma * random.nextGaussian());
        return (long) (Math.min(capMinutes, m) * 60_000) + random.nextInt(1000);
    }

    private double[] weightsFor(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = n - i + 2;
        }
        return w;
    }

    private <T> T pick(List<T> items, double[] weights) {
        return items.get(index(weights));
    }

    private int index(double[] weights) {
        return vn.motcua.server.simulate.Weighted.pick(random, weights);
    }
}

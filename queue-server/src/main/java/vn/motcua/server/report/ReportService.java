package vn.motcua.server.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.motcua.client.CentreTime;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.settings.CalendarStore;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * The manager's figures, all recomputed from the event table on request. Wait of a visit = its first call
 * minus its arrival (appointment: minus the later of check-in and booked slot); processing = the sum of its
 * serving segments. A visit belongs to the service it was issued for and to the counter and officer that
 * first called it; processing per counter and officer counts only the serving they did themselves, and a
 * rating counts for the counter and officer who finished the rated ticket.
 */
public final class ReportService {
    /** The widest range one request may ask for: a year of a large centre is about a million visits. */
    static final int MAX_DAYS = 400;

    private final Clock clock;
    private final ServiceStore services;
    private final CentreSettings centre;
    private final CallPolicy policy;
    private final VisitScanner scanner = new VisitScanner();
    private final CalendarStore calendars = new CalendarStore();
    private final Database db;
    /** Null: every figure is replayed from the events (tests compare both paths). */
    private final VisitFacts facts;

    private final AppointmentCounts appointments;

    public ReportService(Database db, Clock clock, ServiceStore services, CentreSettings centre,
                         CallPolicy policy) {
        this(db, clock, services, centre, policy, AppointmentCounts.NONE);
    }

    public ReportService(Database db, Clock clock, ServiceStore services, CentreSettings centre,
                         CallPolicy policy, AppointmentCounts appointments) {
        this(db, clock, services, centre, policy, true, appointments);
    }

    ReportService(Database db, Clock clock, ServiceStore services, CentreSettings centre,
                  CallPolicy policy, boolean fold) {
        this(db, clock, services, centre, policy, fold, AppointmentCounts.NONE);
    }

    private ReportService(Database db, Clock clock, ServiceStore services, CentreSettings centre,
                          CallPolicy policy, boolean fold, AppointmentCounts appointments) {
        this.appointments = appointments;
        this.db = db;
        this.facts = fold ? new VisitFacts() : null;
        this.clock = clock;
        this.services = services;
        this.centre = centre;
        this.policy = policy;
    }

    /** A validated request: dates inclusive, filters optional. */
    public record Query(LocalDate from, LocalDate to, String service, Integer counter, String officer) {
        public Query {
            if (to.isBefore(from)) {
                throw ApiException.badRequest("invalid_field", "'to' phải sau 'from' / 'to' is before 'from'");
            }
            if (from.plusDays(MAX_DAYS).isBefore(to)) {
                throw ApiException.badRequest("invalid_field", "Khoảng thời gian tối đa " + MAX_DAYS + " ngày / at most "
                        + MAX_DAYS + " days per report");
            }
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CentreTime.ZONE);
    }

    private record User(long id, String username, String displayName, String role) {
    }

    public Summary summary(Query q) {
        if (facts != null) {
            foldFinishedDays(q.from(), q.to());
        }
        return db.read(c -> summary(c, q));
    }

    /**
     * Folds the range's days that can no longer change: two days old (past every rating window and
     * reinstatement grace) and with every visit ended. The first long report pays for it once.
     */
    void foldFinishedDays(LocalDate from, LocalDate to) {
        LocalDate today = today();
        LocalDate last = to.isBefore(today.minusDays(2)) ? to : today.minusDays(2);
        if (last.isBefore(from)) {
            return;
        }
        Set<String> done = db.read(c -> facts.folded(c, from.toString(), last.toString()).keySet());
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
            String day = d.toString();
            if (done.contains(day)) {
                continue;
            }
            String next = d.plusDays(1).toString();
            VisitReplay.Result r = db.read(c -> scanner.scan(c, day, day, next, today.toString(),
                    ratings(c, day, next)));
            if (!r.openDays().contains(day)) {
                Set<Long> officers = new java.util.TreeSet<>();
                r.daysByOfficer().forEach((officer, days) -> {
                    if (days.contains(day)) {
                        officers.add(officer);
                    }
                });
                facts.fold(db, day, r.visits(), officers);
            }
        }
    }

    private static Map<Long, VisitReplay.Rating> ratings(Connection c, String from, String until) throws SQLException {
        Map<Long, VisitReplay.Rating> ratings = new HashMap<>();
        for (var r : Sql.list(c, "SELECT ticket_id, score, counter_number, officer_id FROM rating WHERE service_day BETWEEN ? AND ?",
                rs -> Map.entry(rs.getLong(1), new VisitReplay.Rating(rs.getString(2), rs.getInt(3),
                        rs.getObject(4) == null ? -1 : rs.getLong(4))), from, until)) {
            ratings.put(r.getKey(), r.getValue());
        }
        return ratings;
    }

    Summary summary(Connection c, Query q) throws SQLException {
        String from = q.from().toString();
        String to = q.to().toString();
        List<ServiceDef> serviceList = services.all(c);
        Map<String, ServiceDef> byCode = new LinkedHashMap<>();
        for (ServiceDef s : serviceList) {
            byCode.put(s.code(), s);
        }
        if (q.service() != null && !byCode.containsKey(q.service())) {
            throw ApiException.badRequest("invalid_field", "Dịch vụ không tồn tại / unknown service in 'service': " + q.service());
        }
        Map<Long, User> users = new LinkedHashMap<>();
        for (User u : Sql.list(c, "SELECT id, username, display_name, role FROM app_user ORDER BY id",
                rs -> new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))) {
            users.put(u.id(), u);
        }
        Long officerFilter = q.officer() == null ? null : officerId(q.officer(), users);
        Map<Integer, String> counterNames = new TreeMap<>();
        for (var row : Sql.list(c, "SELECT number, name FROM counter ORDER BY number",
                rs -> Map.entry(rs.getInt(1), rs.getString(2) == null ? "" : rs.getString(2)))) {
            counterNames.put(row.getKey(), row.getValue());
        }
        ReportSettings settings = ReportSettings.read(c, centre);
        if (!ReportSettings.workingDaysSet(c, centre)) {
            // the centre's calendar, once it covers the year, says how many working days the year has
            int days = CalendarStore.workingDays(calendars.read(c), q.to().getYear()).orElse(settings.workingDaysPerYear());
            settings = new ReportSettings(settings.centreLevel(), settings.normOverride(), days, settings.satisfactionTarget(),
                    settings.appointmentOnTimeMinutes());
        }

        // Folded days come from report_visit; every other day of the range is replayed from the events.
        Map<String, VisitFacts.Day> folded = facts == null ? Map.of() : facts.folded(c, from, to);
        List<Visit> all = new ArrayList<>(facts == null ? List.of() : facts.load(c, folded));
        Map<Long, Set<String>> officerDays = new HashMap<>();
        for (VisitFacts.Day d : folded.values()) {
            for (Long o : d.officers()) {
                officerDays.computeIfAbsent(o, k -> new java.util.HashSet<>()).add(d.day());
            }
        }
        Map<Long, VisitReplay.Rating> ratings = null;
        LocalDate runStart = null;
        for (LocalDate d = q.from(); !d.isAfter(q.to().plusDays(1)); d = d.plusDays(1)) {
            boolean replay = !d.isAfter(q.to()) && !folded.containsKey(d.toString());
            if (replay && runStart == null) {
                runStart = d;
            } else if (!replay && runStart != null) {
                if (ratings == null) {
                    ratings = ratings(c, from, q.to().plusDays(1).toString());
                }
                VisitReplay.Result scan = scanner.scan(c, runStart.toString(), d.minusDays(1).toString(), today().toString(),
                        ratings);
                all.addAll(scan.visits());
                scan.daysByOfficer().forEach((o, days) -> officerDays.computeIfAbsent(o, k -> new java.util.HashSet<>())
                        .addAll(days));
                runStart = null;
            }
        }
        Map<Long, SummaryBuilder.Person> people = new LinkedHashMap<>();
        users.forEach((id, u) -> people.put(id, new SummaryBuilder.Person(u.username(), u.displayName(), u.role())));
        SummaryBuilder.Context context = new SummaryBuilder.Context(centre.name(c), serviceList, counterNames, people,
                settings, policy.describe(), Instant.ofEpochMilli(clock.millis()).atZone(CentreTime.ZONE).toOffsetDateTime());
        return SummaryBuilder.build(q, officerFilter, all, officerDays, context)
                .withAppointments(appointments.count(c, q.from(), q.to(), q.service()));
    }

    private static Long officerId(String raw, Map<Long, User> users) {
        if (raw.matches("\\d{1,18}")) {
            return Long.parseLong(raw);
        }
        return users.values().stream().filter(u -> u.username().equals(raw)).map(User::id).findFirst()
                .orElseThrow(() -> ApiException.badRequest("invalid_field", "Cán bộ không tồn tại / unknown officer in 'officer'"));
    }
}

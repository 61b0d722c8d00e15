package vn.motcua.server.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.motcua.client.CentreTime;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
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
    private static final int BIN_MINUTES = 5;
    private static final int BINS = 12;
    private static final String[] WEEKDAYS = {"0", "1", "2", "3", "4", "5", "6", "7"};
    private static final String[] HOURS = java.util.stream.IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h))
            .toArray(String[]::new);

    private final Clock clock;
    private final ServiceStore services;
    private final CentreSettings centre;
    private final CallPolicy policy;
    private final VisitScanner scanner = new VisitScanner();
    private final Database db;
    /** Null: every figure is replayed from the events (tests compare both paths). */
    private final VisitFacts facts;

    public ReportService(Database db, Clock clock, ServiceStore services, CentreSettings centre,
                         CallPolicy policy) {
        this(db, clock, services, centre, policy, true);
    }

    ReportService(Database db, Clock clock, ServiceStore services, CentreSettings centre,
                  CallPolicy policy, boolean fold) {
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
            VisitScanner.Result r = db.read(c -> scanner.scan(c, day, day, next, today.toString(),
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

    private static Map<Long, VisitScanner.RatingRow> ratings(Connection c, String from, String until) throws SQLException {
        Map<Long, VisitScanner.RatingRow> ratings = new HashMap<>();
        for (var r : Sql.list(c, "SELECT ticket_id, score, counter_number, officer_id FROM rating WHERE service_day BETWEEN ? AND ?",
                rs -> Map.entry(rs.getLong(1), new VisitScanner.RatingRow(rs.getString(2), rs.getInt(3),
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

        // Folded days come from report_visit; every other day of the range is replayed from the events.
        Map<String, VisitFacts.Day> folded = facts == null ? Map.of() : facts.folded(c, from, to);
        List<Visit> all = new ArrayList<>(facts == null ? List.of() : facts.load(c, folded));
        Map<Long, Set<String>> officerDays = new HashMap<>();
        for (VisitFacts.Day d : folded.values()) {
            for (Long o : d.officers()) {
                officerDays.computeIfAbsent(o, k -> new java.util.HashSet<>()).add(d.day());
            }
        }
        Map<Long, VisitScanner.RatingRow> ratings = null;
        LocalDate runStart = null;
        for (LocalDate d = q.from(); !d.isAfter(q.to().plusDays(1)); d = d.plusDays(1)) {
            boolean replay = !d.isAfter(q.to()) && !folded.containsKey(d.toString());
            if (replay && runStart == null) {
                runStart = d;
            } else if (!replay && runStart != null) {
                if (ratings == null) {
                    ratings = ratings(c, from, q.to().plusDays(1).toString());
                }
                VisitScanner.Result scan = scanner.scan(c, runStart.toString(), d.minusDays(1).toString(), today().toString(),
                        ratings);
                all.addAll(scan.visits());
                scan.daysByOfficer().forEach((o, days) -> officerDays.computeIfAbsent(o, k -> new java.util.HashSet<>())
                        .addAll(days));
                runStart = null;
            }
        }
        List<Visit> visits = new ArrayList<>();
        for (Visit v : all) {
            if ((q.service() == null || q.service().equals(v.service))
                    && (q.counter() == null || v.firstCounter == q.counter())
                    && (officerFilter == null || v.firstOfficer == officerFilter)) {
                visits.add(v);
            }
        }
        Accumulator.Targets targets = new Accumulator.Targets() {
            @Override
            public long waitMillis(String service) {
                ServiceDef s = byCode.get(service);
                return (s == null ? 15 : s.targetWaitMinutes()) * 60_000L;
            }

            @Override
            public long processingMillis(String service) {
                ServiceDef s = byCode.get(service);
                return (s == null ? 30 : s.targetProcessingMinutes()) * 60_000L;
            }
        };

        // The slices are independent and read the visits only: on a long range they run side by side.
        List<java.util.function.Supplier<List<Group>>> slices = List.of(
                () -> {
                    Accumulator total = new Accumulator();
                    for (Visit v : visits) {
                        total.all(v, targets);
                    }
                    return List.of(total.group("ALL", "Tất cả", "All"));
                },
                () -> grouped(visits, targets, v -> v.service, code -> {
                    ServiceDef s = byCode.get(code);
                    return s == null ? new String[] {code, code} : new String[] {s.nameVi(), s.nameEn()};
                }, byCode.keySet().stream().toList()),
                () -> grouped(visits, targets, v -> v.category, Labels::category,
                        List.copyOf(Labels.CATEGORY.keySet()).stream().sorted(this::categoryOrder).toList()),
                () -> grouped(visits, targets, v -> HOURS[v.hour],
                        h -> new String[] {h + ":00–" + h + ":59", h + ":00–" + h + ":59"}, List.of()),
                () -> grouped(visits, targets, v -> WEEKDAYS[v.weekday],
                        d -> new String[] {Labels.WEEKDAY_VI[Integer.parseInt(d) - 1], Labels.WEEKDAY_EN[Integer.parseInt(d) - 1]},
                        List.of()),
                () -> grouped(visits, targets, v -> v.day, d -> new String[] {d, d}, List.of()),
                () -> {
                    Map<String, String> weekOfDay = new HashMap<>();
                    return grouped(visits, targets, v -> weekOfDay.computeIfAbsent(v.day, day -> {
                        LocalDate d = LocalDate.parse(day);
                        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    }), w -> new String[] {"Tuần " + w, "Week " + w}, List.of());
                },
                () -> {
                    Map<String, String> monthOfDay = new HashMap<>();
                    return grouped(visits, targets, v -> monthOfDay.computeIfAbsent(v.day, d -> d.substring(0, 7)),
                            m -> new String[] {"Tháng " + m.substring(5) + "/" + m.substring(0, 4), m}, List.of());
                },
                () -> byPerson(visits, targets, v -> v.firstCounter < 0 ? null : (long) v.firstCounter,
                        Visit.Serving::counter, v -> v.ratingCounter < 0 ? null : (long) v.ratingCounter,
                        k -> new String[] {counterNames.getOrDefault(k.intValue(), "Quầy " + k), "Counter " + k}),
                () -> byPerson(visits, targets, v -> v.firstOfficer < 0 ? null : v.firstOfficer,
                        Visit.Serving::officer, v -> v.ratingOfficer < 0 ? null : v.ratingOfficer, k -> {
                            User u = users.get(k);
                            return u == null ? new String[] {"#" + k, "#" + k}
                                    : new String[] {u.displayName() == null ? u.username() : u.displayName(), u.username()};
                        }));
        List<List<Group>> done = visits.size() < 20_000 ? slices.stream().map(java.util.function.Supplier::get).toList()
                : slices.parallelStream().map(java.util.function.Supplier::get).toList();
        Group overall = done.get(0).get(0);
        List<Group> byService = done.get(1);
        List<Group> byCategory = done.get(2);
        List<Group> byHour = done.get(3);
        List<Group> byWeekday = done.get(4);
        List<Group> byDay = done.get(5);
        List<Group> byWeek = done.get(6);
        List<Group> byMonth = done.get(7);
        List<Group> byCounter = done.get(8);
        List<Group> byOfficer = done.get(9);

        Summary.Productivity productivity = productivity(all, officerDays, users, settings, officerFilter);
        List<Summary.Bin> bins = distribution(visits);
        List<Summary.Cell> heatmap = heatmap(visits);
        List<Summary.ServiceTarget> serviceTargets = serviceList.stream().map(s -> new Summary.ServiceTarget(s.code(),
                s.nameVi(), s.nameEn(), s.targetWaitMinutes(), s.targetProcessingMinutes())).toList();
        return new Summary(from, to, new Summary.Filters(q.service(), q.counter(), officerFilter),
                Instant.ofEpochMilli(clock.millis()).atZone(CentreTime.ZONE).toOffsetDateTime(), centre.name(c),
                new Summary.Targets(15, 30, settings.satisfactionTarget(), serviceTargets), overall.visits(), overall.waiting(),
                overall.processing(), overall.noShowRate(), overall.cancelRate(), overall.noShows(), overall.cancelled(),
                overall.stillWaitingAtClose(), overall.received(), overall.satisfaction(), byService, byCounter, byOfficer,
                byCategory, byHour, byWeekday, byDay, byWeek, byMonth, productivity, bins, heatmap, policy.describe());
    }

    private int categoryOrder(String a, String b) {
        List<String> order = List.of("NORMAL", "ELDERLY", "DISABLED", "PREGNANT", "MERIT", "CHILD", "APPOINTMENT");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private static Long officerId(String raw, Map<Long, User> users) {
        if (raw.matches("\\d{1,18}")) {
            return Long.parseLong(raw);
        }
        return users.values().stream().filter(u -> u.username().equals(raw)).map(User::id).findFirst()
                .orElseThrow(() -> ApiException.badRequest("invalid_field", "Cán bộ không tồn tại / unknown officer in 'officer'"));
    }

    /** Slices by {@code key}: the listed keys first (even when empty), then the others in sorted order. */
    private static List<Group> grouped(List<Visit> visits, Accumulator.Targets targets, Function<Visit, String> key,
                                       Function<String, String[]> names, List<String> always) {
        Map<String, Accumulator> hashed = new HashMap<>();
        for (Visit v : visits) {
            hashed.computeIfAbsent(key.apply(v), k -> new Accumulator()).all(v, targets);
        }
        Map<String, Accumulator> acc = new TreeMap<>(hashed);
        List<Group> out = new ArrayList<>();
        for (String k : always) {
            Accumulator a = acc.remove(k);
            String[] n = names.apply(k);
            out.add((a == null ? new Accumulator() : a).group(k, n[0], n[1]));
        }
        for (Map.Entry<String, Accumulator> e : acc.entrySet()) {
            String[] n = names.apply(e.getKey());
            out.add(e.getValue().group(e.getKey(), n[0], n[1]));
        }
        return out;
    }

    /** Counters and officers: visits by first call, processing by own serving, ratings by who finished. */
    private static List<Group> byPerson(List<Visit> visits, Accumulator.Targets targets, Function<Visit, Long> caller,
                                        Function<Visit.Serving, Number> server, Function<Visit, Long> rated,
                                        Function<Long, String[]> names) {
        Map<Long, Accumulator> acc = new TreeMap<>();
        for (Visit v : visits) {
            Long k = caller.apply(v);
            if (k != null) {
                Accumulator a = acc.computeIfAbsent(k, x -> new Accumulator());
                a.visit(v);
                a.waited(v.waitMillis(), targets.waitMillis(v.service));
            }
            if (v.servings != null && v.servings.size() == 1) {
                long who = server.apply(v.servings.get(0)).longValue();
                if (who >= 0) {
                    acc.computeIfAbsent(who, x -> new Accumulator()).processing(v.processing,
                            targets.processingMillis(v.service));
                }
            } else if (v.servings != null) {
                Map<Long, Long> own = new LinkedHashMap<>();
                for (Visit.Serving s : v.servings) {
                    own.merge(server.apply(s).longValue(), s.millis(), Long::sum);
                }
                for (Map.Entry<Long, Long> e : own.entrySet()) {
                    if (e.getKey() >= 0) {
                        acc.computeIfAbsent(e.getKey(), x -> new Accumulator())
                                .processing(e.getValue(), targets.processingMillis(v.service));
                    }
                }
            }
            Long r = v.rating == null ? null : rated.apply(v);
            if (r != null) {
                acc.computeIfAbsent(r, x -> new Accumulator()).rating(v.rating);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<Long, Accumulator> e : acc.entrySet()) {
            String[] n = names.apply(e.getKey());
            out.add(e.getValue().group(String.valueOf(e.getKey()), n[0], n[1]));
        }
        return out;
    }

    private static Summary.Productivity productivity(List<Visit> all, Map<Long, Set<String>> officerDays,
                                                     Map<Long, User> users, ReportSettings settings, Long officerFilter) {
        Map<Long, Integer> receivedBy = new HashMap<>();
        for (Visit v : all) {
            if ("RECEIVED".equals(v.outcome) && v.finishOfficer >= 0) {
                receivedBy.merge(v.finishOfficer, 1, Integer::sum);
            }
        }
        List<Long> ids = new ArrayList<>();
        for (User u : users.values()) {
            if ("OFFICER".equals(u.role())) {
                ids.add(u.id());
            }
        }
        for (Long id : receivedBy.keySet()) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        List<Summary.OfficerProductivity> rows = new ArrayList<>();
        int norm = settings.norm();
        for (Long id : ids) {
            if (officerFilter != null && !officerFilter.equals(id)) {
                continue;
            }
            User u = users.get(id);
            int received = receivedBy.getOrDefault(id, 0);
            int days = officerDays.getOrDefault(id, Set.of()).size();
            Double perDay = days == 0 ? null : Math.round(received * 100.0 / days) / 100.0;
            Double annual = days == 0 ? null : Math.round(received * 10.0 * settings.workingDaysPerYear() / days) / 10.0;
            Double share = days == 0 || norm == 0 ? null
                    : Math.round(received * 10000.0 * settings.workingDaysPerYear() / days / norm) / 10000.0;
            rows.add(new Summary.OfficerProductivity(id, u == null ? "#" + id : u.username(),
                    u == null ? null : u.displayName(), received, days, perDay, annual, share));
        }
        CentreLevel level = settings.centreLevel();
        return new Summary.Productivity(level.name(), level.vi(), level.en(), norm, settings.workingDaysPerYear(), rows);
    }

    private static List<Summary.Bin> distribution(List<Visit> visits) {
        int[] counts = new int[BINS + 1];
        for (Visit v : visits) {
            if (v.called()) {
                counts[(int) Math.min(BINS, v.waitMillis() / (BIN_MINUTES * 60_000L))]++;
            }
        }
        List<Summary.Bin> out = new ArrayList<>();
        for (int i = 0; i <= BINS; i++) {
            out.add(new Summary.Bin(i * BIN_MINUTES, i == BINS ? null : (i + 1) * BIN_MINUTES, counts[i]));
        }
        return out;
    }

    private static List<Summary.Cell> heatmap(List<Visit> visits) {
        int[][] count = new int[7][24];
        long[][] waitSum = new long[7][24];
        int[][] called = new int[7][24];
        for (Visit v : visits) {
            int d = v.weekday - 1;
            int h = v.hour;
            count[d][h]++;
            if (v.called()) {
                called[d][h]++;
                waitSum[d][h] += v.waitMillis();
            }
        }
        List<Summary.Cell> out = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (int h = 0; h < 24; h++) {
                int i = d.getValue() - 1;
                if (count[i][h] > 0) {
                    out.add(new Summary.Cell(d.getValue(), h, count[i][h],
                            called[i][h] == 0 ? null : Stats.minutes((double) waitSum[i][h] / called[i][h])));
                }
            }
        }
        return out;
    }
}

package vn.motcua.server.hub;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.client.CentreTime;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.report.ReportService;
import vn.motcua.server.report.ReportSettings;
import vn.motcua.server.report.Summary;
import vn.motcua.server.report.SummaryBuilder;
import vn.motcua.server.report.Visit;
import vn.motcua.server.report.VisitReplay;
import vn.motcua.server.service.ServiceDef;

/**
 * {@code GET /hub/v1/report}: a centre's summary from the events it sent, through the same replay and figures as its
 * own {@code /api/v1/reports/summary} (finished days unpacked from their folds, the other days replayed); or the province's, every centre's visits in one summary
 * (counters and officers renumbered per centre, named "CODE · Quầy n").
 */
public final class HubReports {
    /** A province-wide summary holds every visit in memory: longer periods use the province table. */
    static final int MAX_PROVINCE_DAYS = 62;
    private final HubDatabase db;
    private final Clock clock;
    /** False: every day is replayed from the events (tests compare both paths). */
    private final boolean unpackFolds;

    public HubReports(HubDatabase db, Clock clock) {
        this(db, clock, true);
    }

    HubReports(HubDatabase db, Clock clock, boolean unpackFolds) {
        this.db = db;
        this.clock = clock;
        this.unpackFolds = unpackFolds;
    }

    LocalDate today() {
        return LocalDate.ofInstant(Instant.ofEpochMilli(clock.millis()), CentreTime.ZONE);
    }

    public Summary centre(HubCentre centre, ReportService.Query q) {
        String today = today().toString();
        return db.read(c -> {
            List<ServiceDef> services = HubReplay.services(c, centre.id());
            List<Visit> visits = new ArrayList<>();
            Map<String, Set<Long>> packed = unpackFolds ? PackedDays.load(c, centre.id(), q.from().toString(), q.to().toString(),
                    visits) : Map.of();
            Map<Long, Set<String>> officerDays = new HashMap<>();
            packed.forEach((day, ids) -> ids.forEach(id -> officerDays.computeIfAbsent(id, k -> new HashSet<>()).add(day)));
            // every run of days without a packed fold is replayed from the events, followed to the run's last day,
            // as a centre replays the days between its own folds
            LocalDate runStart = null;
            for (LocalDate d = q.from(); !d.isAfter(q.to().plusDays(1)); d = d.plusDays(1)) {
                boolean replay = !d.isAfter(q.to()) && !packed.containsKey(d.toString());
                if (replay && runStart == null) {
                    runStart = d;
                } else if (!replay && runStart != null) {
                    String end = d.minusDays(1).toString();
                    VisitReplay.Result r = HubReplay.replay(c, centre.id(), runStart.toString(), end, end, today,
                            HubReplay.Ids.SAME);
                    visits.addAll(r.visits());
                    r.daysByOfficer().forEach((id, days) -> officerDays.computeIfAbsent(id, k -> new HashSet<>()).addAll(days));
                    runStart = null;
                }
            }
            Map<Long, SummaryBuilder.Person> officers = new LinkedHashMap<>();
            officerDays.keySet().stream().sorted().forEach(id -> officers.put(id, new SummaryBuilder.Person("#" + id, null,
                    "OFFICER")));
            return build(q, visits, officerDays, new SummaryBuilder.Context(centre.name(), services, Map.of(), officers,
                    settings(centre), List.of(), generatedAt()));
        });
    }

    public Summary province(List<HubCentre> centres, ReportService.Query q) {
        if (q.from().plusDays(MAX_PROVINCE_DAYS).isBefore(q.to())) {
            throw ApiException.badRequest("invalid_field", "Báo cáo toàn tỉnh tối đa " + MAX_PROVINCE_DAYS + " ngày; dùng bảng tỉnh "
                    + "(/hub/v1/province) cho khoảng dài hơn / a province-wide report covers at most " + MAX_PROVINCE_DAYS
                    + " days: use /hub/v1/province for longer periods");
        }
        String today = today().toString();
        return db.read(c -> {
            List<Visit> visits = new ArrayList<>();
            Map<Long, Set<String>> officerDays = new HashMap<>();
            Map<Integer, String> counterNames = new HashMap<>();
            Map<Long, SummaryBuilder.Person> officers = new LinkedHashMap<>();
            Map<String, ServiceDef> services = new LinkedHashMap<>();
            for (HubCentre centre : centres) {
                HubReplay.Ids ids = renumbered(centre.id());
                VisitReplay.Result r = HubReplay.replay(c, centre.id(), q.from().toString(), q.to().toString(),
                        q.to().toString(), today, ids);
                visits.addAll(r.visits());
                officerDays.putAll(r.daysByOfficer());
                r.daysByOfficer().keySet().forEach(id -> officers.put(id, new SummaryBuilder.Person(
                        centre.code() + "#" + (id % 1_000_000_000L), null, "OFFICER")));
                for (Visit v : r.visits()) {
                    if (v.firstCounter() >= 0) {
                        counterNames.putIfAbsent(v.firstCounter(), centre.code() + " · Quầy " + v.firstCounter() % 10_000);
                    }
                }
                for (ServiceDef s : HubReplay.services(c, centre.id())) {
                    services.putIfAbsent(s.code(), s);
                }
            }
            return build(q, visits, officerDays, new SummaryBuilder.Context("Toàn tỉnh / Province", List.copyOf(services.values()),
                    counterNames, officers, ReportSettings.DEFAULTS, List.of(), generatedAt()));
        });
    }

    private static Summary build(ReportService.Query q, List<Visit> visits, Map<Long, Set<String>> officerDays,
                                 SummaryBuilder.Context context) {
        return SummaryBuilder.build(q, null, visits, officerDays, context);
    }

    private java.time.OffsetDateTime generatedAt() {
        return Instant.ofEpochMilli(clock.millis()).atZone(CentreTime.ZONE).toOffsetDateTime();
    }

    static ReportSettings settings(HubCentre centre) {
        return new ReportSettings(centre.level(), null, ReportSettings.DEFAULTS.workingDaysPerYear(),
                ReportSettings.DEFAULTS.satisfactionTarget());
    }

    /** Counters as centre × 10,000 + n, officers as centre × 10⁹ + id: unique across the province. */
    private static HubReplay.Ids renumbered(int centre) {
        return new HubReplay.Ids() {
            @Override
            public Integer counter(Integer counter) {
                return counter == null ? null : centre * 10_000 + counter;
            }

            @Override
            public Long officer(Long officer) {
                return officer == null ? null : centre * 1_000_000_000L + officer;
            }
        };
    }
}

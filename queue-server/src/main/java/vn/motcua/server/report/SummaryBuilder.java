package vn.motcua.server.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.motcua.server.service.ServiceDef;

/**
 * Turns replayed visits into the figures of {@link Summary}: the one place where a share within target, a
 * satisfaction rate or an officer's productivity is defined. The centre's report and the province hub's
 * report both end here, each with the names and settings it knows.
 */
public final class SummaryBuilder {
    private static final int BIN_MINUTES = 5;
    private static final int BINS = 12;
    private static final String[] WEEKDAYS = {"0", "1", "2", "3", "4", "5", "6", "7"};
    private static final String[] HOURS = java.util.stream.IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h))
            .toArray(String[]::new);

    private SummaryBuilder() {
    }

    /** A user as the report names them; {@code role} OFFICER puts them in the productivity table. */
    public record Person(String username, String displayName, String role) {
    }

    /** What the report needs besides the visits: labels, targets and settings. */
    public record Context(String centreName, List<ServiceDef> services, Map<Integer, String> counterNames,
                          Map<Long, Person> users, ReportSettings settings, List<String> priorityRule,
                          OffsetDateTime generatedAt) {
    }

    /** The figures of {@code all} (every visit of the range), filtered by the query's service, counter and officer. */
    public static Summary build(ReportService.Query q, Long officerFilter, List<Visit> all,
                                Map<Long, Set<String>> officerDays, Context ctx) {
        String from = q.from().toString();
        String to = q.to().toString();
        Map<String, ServiceDef> byCode = new LinkedHashMap<>();
        for (ServiceDef s : ctx.services()) {
            byCode.put(s.code(), s);
        }
        List<Visit> visits = new ArrayList<>();
        for (Visit v : all) {
            if ((q.service() == null || q.service().equals(v.service))
                    && (q.counter() == null || v.firstCounter == q.counter())
                    && (officerFilter == null || v.firstOfficer == officerFilter)) {
                visits.add(v);
            }
        }
        Accumulator.Targets targets = targets(byCode);

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
                        List.copyOf(Labels.CATEGORY.keySet()).stream().sorted(SummaryBuilder::categoryOrder).toList()),
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
                        k -> new String[] {ctx.counterNames().getOrDefault(k.intValue(), "Quầy " + k), "Counter " + k}),
                () -> byPerson(visits, targets, v -> v.firstOfficer < 0 ? null : v.firstOfficer,
                        Visit.Serving::officer, v -> v.ratingOfficer < 0 ? null : v.ratingOfficer, k -> {
                            Person u = ctx.users().get(k);
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

        Summary.Productivity productivity = productivity(all, officerDays, ctx.users(), ctx.settings(), officerFilter);
        List<Summary.Bin> bins = distribution(visits);
        List<Summary.Cell> heatmap = heatmap(visits);
        List<Summary.ServiceTarget> serviceTargets = ctx.services().stream().map(s -> new Summary.ServiceTarget(s.code(),
                s.nameVi(), s.nameEn(), s.targetWaitMinutes(), s.targetProcessingMinutes())).toList();
        return new Summary(from, to, new Summary.Filters(q.service(), q.counter(), officerFilter),
                ctx.generatedAt(), ctx.centreName(),
                new Summary.Targets(15, 30, ctx.settings().satisfactionTarget(), serviceTargets), overall.visits(), overall.waiting(),
                overall.processing(), overall.noShowRate(), overall.cancelRate(), overall.noShows(), overall.cancelled(),
                overall.stillWaitingAtClose(), overall.received(), overall.satisfaction(), byService, byCounter, byOfficer,
                byCategory, byHour, byWeekday, byDay, byWeek, byMonth, productivity, bins, heatmap, ctx.priorityRule(),
                overall.setAside(), overall.aside(), severalServices(visits),
                appointmentWait(visits, targets, ctx.settings().appointmentOnTimeMinutes()));
    }

    /** The called appointments among {@code visits}: wait from the later of check-in and slot, and the share on time. */
    static Summary.AppointmentWait appointmentWait(List<Visit> visits, Accumulator.Targets targets, int onTimeMinutes) {
        long[] waits = new long[16];
        int n = 0;
        int within = 0;
        int onTime = 0;
        for (Visit v : visits) {
            if (!"APPOINTMENT".equals(v.category) || !v.called()) {
                continue;
            }
            if (n == waits.length) {
                waits = java.util.Arrays.copyOf(waits, n * 2);
            }
            long w = v.waitMillis();
            waits[n++] = w;
            within += w <= targets.waitMillis(v.service) ? 1 : 0;
            onTime += w <= onTimeMinutes * 60_000L ? 1 : 0;
        }
        return new Summary.AppointmentWait(onTimeMinutes, Stats.of(waits, n, within), Stats.share(onTime, n));
    }

    /** The visits with several services among {@code visits}: total wait over the services of those all called. */
    static Summary.SeveralServices severalServices(List<Visit> visits) {
        Map<Long, List<Visit>> byRoot = new java.util.HashMap<>();
        for (Visit v : visits) {
            if (v.leg > 0) {
                byRoot.computeIfAbsent(v.visitRoot, k -> new ArrayList<>());
            }
        }
        for (Visit v : visits) {
            List<Visit> legs = byRoot.get(v.visitRoot);
            if (legs != null) {
                legs.add(v);
            }
        }
        int count = 0;
        int legs = 0;
        long[] totals = new long[byRoot.size()];
        int n = 0;
        for (List<Visit> visit : byRoot.values()) {
            if (visit.size() < 2) {
                continue;
            }
            count++;
            legs += visit.size();
            if (visit.stream().allMatch(Visit::called)) {
                totals[n++] = visit.stream().mapToLong(Visit::waitMillis).sum();
            }
        }
        return new Summary.SeveralServices(count, legs, Stats.untargeted(totals, n));
    }

    /** Each service's own targets; 15 / 30 minutes for a service the list does not know. */
    static Accumulator.Targets targets(Map<String, ServiceDef> byCode) {
        return new Accumulator.Targets() {
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
    }

    private static int categoryOrder(String a, String b) {
        List<String> order = List.of("NORMAL", "ELDERLY", "DISABLED", "PREGNANT", "MERIT", "CHILD", "APPOINTMENT");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
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
                                                     Map<Long, Person> users, ReportSettings settings, Long officerFilter) {
        Map<Long, Integer> receivedBy = new HashMap<>();
        for (Visit v : all) {
            if ("RECEIVED".equals(v.outcome) && v.finishOfficer >= 0) {
                receivedBy.merge(v.finishOfficer, 1, Integer::sum);
            }
        }
        List<Long> ids = new ArrayList<>();
        for (Map.Entry<Long, Person> u : users.entrySet()) {
            if ("OFFICER".equals(u.getValue().role())) {
                ids.add(u.getKey());
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
            Person u = users.get(id);
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

package vn.motcua.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.client.CentreTime;
import vn.motcua.server.report.DayGenerator.Serving;
import vn.motcua.server.report.DayGenerator.Truth;
import vn.motcua.server.support.TestCentre;

/**
 * Two and a half weeks of generated days go into the store as events; every figure of the summary API is
 * then checked against a plain computation over the generator's own record of what happened, which never
 * reads the events back and shares no code with the report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);
    private static final int DAYS = 17;
    private TestCentre centre;
    private String token;
    private List<Truth> truths;
    private DayGenerator generator;
    private final Map<String, Integer> waitTarget = new HashMap<>();
    private final Map<String, Integer> processingTarget = new HashMap<>();
    private final Map<Long, String> usernames = new TreeMap<>();

    @BeforeAll
    void generate() throws Exception {
        centre = new TestCentre();
        token = centre.managerToken();
        try (Connection c = DayGenerator.open(centre.dataDir)) {
            try (Statement s = c.createStatement()) {
                // A per-service override, so "within target" must use each service's own target.
                s.executeUpdate("UPDATE service SET target_wait_min = 20, target_processing_min = 25 WHERE code = 'C'");
                try (ResultSet rs = s.executeQuery("SELECT code, target_wait_min, target_processing_min FROM service")) {
                    while (rs.next()) {
                        waitTarget.put(rs.getString(1), rs.getInt(2));
                        processingTarget.put(rs.getString(1), rs.getInt(3));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT id, username FROM app_user WHERE role = 'OFFICER'")) {
                    while (rs.next()) {
                        usernames.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            c.commit();
            generator = new DayGenerator(20250303L);
            truths = generator.generate(c, FIRST, DAYS, 260);
        }
        // The generator must have produced every kind of visit the figures distinguish.
        assertThat(truths).hasSizeGreaterThan(3000);
        assertThat(truths).anyMatch(t -> t.servings.size() > 1);
        assertThat(truths).anyMatch(t -> "NO_SHOW".equals(t.end));
        assertThat(truths).anyMatch(t -> "CANCELLED".equals(t.end));
        assertThat(truths).anyMatch(t -> t.waitingAtClose);
        assertThat(truths).anyMatch(t -> "EXPIRED".equals(t.end) && !t.waitingAtClose);
        assertThat(truths).anyMatch(t -> t.waitStart > t.arrival);
        assertThat(truths).anyMatch(t -> t.firstCounter >= 0 && t.ratingCounter >= 0 && t.firstCounter != t.ratingCounter);
        assertThat(truths).anyMatch(t -> t.setAside);
        assertThat(truths).anyMatch(t -> t.leg > 0);
    }

    @AfterAll
    void stop() {
        centre.close();
    }

    @Test
    void wholeRangeEveryBreakdown() {
        check("from=" + FIRST + "&to=" + FIRST.plusDays(DAYS - 1), t -> true, null);
    }

    @Test
    void oneWeekInTheMiddle() {
        LocalDate from = FIRST.plusDays(5);
        LocalDate to = FIRST.plusDays(11);
        check("from=" + from + "&to=" + to, t -> !t.day.isBefore(from) && !t.day.isAfter(to), null);
    }

    @Test
    void filteredByServiceCounterAndOfficer() {
        String range = "from=" + FIRST + "&to=" + FIRST.plusDays(DAYS - 1);
        check(range + "&service=A", t -> t.service.equals("A"), null);
        check(range + "&counter=3", t -> t.firstCounter == 3, null);
        long officer = usernames.keySet().stream().skip(2).findFirst().orElseThrow();
        check(range + "&officer=" + usernames.get(officer), t -> t.firstOfficer == officer, officer);
    }

    @Test
    void foldedDaysAndEventReplayAgree() throws Exception {
        var app = centre.app.components();
        ReportService replay = new ReportService(app.db(), app.clock(), app.services(),
                app.centre(), app.policy(), false);
        var json = vn.motcua.client.Json.mapper();
        for (String range : List.of("from=" + FIRST + "&to=" + FIRST.plusDays(DAYS - 1), "from=2025-03-05&to=2025-03-12")) {
            com.fasterxml.jackson.databind.node.ObjectNode viaHttp = (com.fasterxml.jackson.databind.node.ObjectNode) summary(range);
            String[] p = range.replace("from=", "").replace("to=", "").split("&");
            com.fasterxml.jackson.databind.node.ObjectNode replayed = (com.fasterxml.jackson.databind.node.ObjectNode) json
                    .valueToTree(replay.summary(new ReportService.Query(LocalDate.parse(p[0]), LocalDate.parse(p[1]), null, null,
                            null)));
            viaHttp.remove("generatedAt");
            replayed.remove("generatedAt");
            viaHttp.remove("appointments"); // from the bookings, not the visits: neither folded nor replayed
            replayed.remove("appointments");
            assertThat(firstDifference("", replayed, viaHttp)).as(range).isNull();
        }
        try (Connection c = DayGenerator.open(centre.dataDir); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM report_day")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the HTTP path folded the days it read").isEqualTo(DAYS);
        }
    }

    /** The path of the first value that differs, or null; keeps a failure message readable. */
    private static String firstDifference(String path, JsonNode a, JsonNode b) {
        if (a.isContainerNode() && b.isContainerNode() && a.size() == b.size()) {
            var names = a.isObject() ? a.fieldNames() : null;
            if (names != null) {
                while (names.hasNext()) {
                    String n = names.next();
                    String d = b.has(n) ? firstDifference(path + "." + n, a.get(n), b.get(n)) : path + "." + n + " missing";
                    if (d != null) {
                        return d;
                    }
                }
                return null;
            }
            for (int i = 0; i < a.size(); i++) {
                String d = firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        boolean same = a.isNumber() && b.isNumber() ? a.asDouble() == b.asDouble() : a.equals(b);
        return same ? null : path + ": " + a + " vs " + b;
    }

    @Test
    void aDayWithoutVisitsIsEmptyNotAnError() {
        JsonNode s = summary("from=2025-03-09&to=2025-03-09");
        assertThat(s.get("visits").asInt()).isZero();
        assertThat(s.get("wait").get("mean").isNull()).isTrue();
        assertThat(s.get("satisfaction").get("rate").isNull()).isTrue();
    }

    private JsonNode summary(String query) {
        TestCentre.Response r = centre.call("GET", "/api/v1/reports/summary?" + query, token, null);
        assertThat(r.status()).as(query).isEqualTo(200);
        return r.body();
    }

    private void check(String query, Predicate<Truth> filter, Long officerFilter) {
        JsonNode s = summary(query);
        String from = s.get("from").asText();
        String to = s.get("to").asText();
        List<Truth> in = truths.stream().filter(t -> !t.day.isBefore(LocalDate.parse(from)) && !t.day.isAfter(LocalDate.parse(to)))
                .filter(filter).toList();
        assertThat(in).isNotEmpty();
        compare(query + " overall", s, whole(in));
        severalServices(query, s.get("severalServices"), in);
        appointmentWait(query, s.get("appointmentWait"), in, 5);

        compareGroups(query + " byService", s.get("byService"), grouped(in, t -> t.service));
        compareGroups(query + " byCategory", s.get("byCategory"), grouped(in, t -> t.category));
        compareGroups(query + " byHour", s.get("byHour"), grouped(in, t -> String.format("%02d", local(t).getHour())));
        compareGroups(query + " byWeekday", s.get("byWeekday"),
                grouped(in, t -> String.valueOf(local(t).getDayOfWeek().getValue())));
        compareGroups(query + " byDay", s.get("byDay"), grouped(in, t -> t.day.toString()));
        compareGroups(query + " byWeek", s.get("byWeek"), grouped(in, t -> t.day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", t.day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
        compareGroups(query + " byMonth", s.get("byMonth"), grouped(in, t -> t.day.toString().substring(0, 7)));
        compareGroups(query + " byCounter", s.get("byCounter"), perPerson(in, t -> (long) t.firstCounter,
                sv -> (long) sv.counter(), t -> (long) t.ratingCounter));
        compareGroups(query + " byOfficer", s.get("byOfficer"), perPerson(in, t -> t.firstOfficer, Serving::officer,
                t -> t.ratingOfficer));

        // Productivity: dossiers received by the officer who finished them, over the days the officer worked.
        List<Truth> inRange = truths.stream().filter(t -> !t.day.isBefore(LocalDate.parse(from))
                && !t.day.isAfter(LocalDate.parse(to))).toList();
        JsonNode prod = s.get("productivity");
        assertThat(prod.get("normPerYear").asInt()).isEqualTo(1600);
        int perYear = prod.get("workingDaysPerYear").asInt();
        assertThat(perYear).isEqualTo(250);
        Map<Long, JsonNode> rows = new HashMap<>();
        prod.get("officers").forEach(o -> rows.put(o.get("officerId").asLong(), o));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(officerFilter == null ? usernames.keySet()
                : List.of(officerFilter));
        for (Long officer : rows.keySet()) {
            long received = inRange.stream().filter(t -> "RECEIVED".equals(t.outcome) && t.finishOfficer == officer).count();
            long days = generator.presence.getOrDefault(officer, java.util.Set.of()).stream()
                    .filter(d -> !d.isBefore(LocalDate.parse(from)) && !d.isAfter(LocalDate.parse(to))).count();
            JsonNode row = rows.get(officer);
            assertThat(row.get("received").asLong()).as("received " + officer).isEqualTo(received);
            assertThat(row.get("workingDays").asLong()).as("days " + officer).isEqualTo(days);
            if (days > 0) {
                assertThat(row.get("perWorkingDay").asDouble()).isEqualTo(Math.round(100.0 * received / days) / 100.0);
                assertThat(row.get("annualised").asDouble()).isEqualTo(Math.round(10.0 * received * perYear / days) / 10.0);
                assertThat(row.get("normShare").asDouble())
                        .isEqualTo(Math.round(10000.0 * received * perYear / days / 1600) / 10000.0);
            }
        }

        // Wait distribution in 5-minute bins, the last open-ended.
        int[] bins = new int[13];
        for (Truth t : in) {
            if (t.firstCall != null) {
                bins[(int) Math.min(12, (t.firstCall - t.waitStart) / 300_000)]++;
            }
        }
        for (int i = 0; i < 13; i++) {
            assertThat(s.get("waitDistribution").get(i).get("visits").asInt()).as("bin " + i).isEqualTo(bins[i]);
        }
        // Heat map: visits by arrival weekday and hour.
        Map<String, Integer> cells = new TreeMap<>();
        for (Truth t : in) {
            cells.merge(local(t).getDayOfWeek().getValue() + "/" + local(t).getHour(), 1, Integer::sum);
        }
        Map<String, Integer> got = new TreeMap<>();
        s.get("heatmap").forEach(c -> got.put(c.get("weekday").asInt() + "/" + c.get("hour").asInt(), c.get("visits").asInt()));
        assertThat(got).isEqualTo(cells);
    }

    private static LocalDateTime local(Truth t) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(t.arrival), CentreTime.ZONE);
    }

    /** Expected figures of one slice. Lists hold milliseconds. */
    private static final class Expect {
        int visits;
        final List<Long> waits = new ArrayList<>();
        int waitWithin;
        final List<Long> processing = new ArrayList<>();
        int processingWithin;
        int noShows;
        int cancelled;
        int waitingAtClose;
        int received;
        int ratings;
        int satisfied;
        final List<Long> asides = new ArrayList<>();
    }

    /** Visits with several services: each service a visit of its own; the whole visit's wait is their sum. */
    private static void severalServices(String what, JsonNode got, List<Truth> in) {
        Map<Long, List<Truth>> byVisit = new HashMap<>();
        for (Truth t : in) {
            byVisit.computeIfAbsent(t.visitRoot, k -> new ArrayList<>()).add(t);
        }
        int visits = 0;
        int legs = 0;
        List<Long> totals = new ArrayList<>();
        for (List<Truth> v : byVisit.values()) {
            if (v.size() > 1) {
                visits++;
                legs += v.size();
                if (v.stream().allMatch(t -> t.firstCall != null)) {
                    totals.add(v.stream().mapToLong(t -> t.firstCall - t.waitStart).sum());
                }
            }
        }
        assertThat(got.get("visits").asInt()).as(what + " several services").isEqualTo(visits);
        assertThat(got.get("serviceVisits").asInt()).as(what + " several services' visits").isEqualTo(legs);
        stats(what + " several services' total wait", got.get("totalWait"), totals, -1);
    }

    /**
     * Booked visits called: wait from the later of check-in and the booked slot (the generator's own waitStart),
     * within each service's target, and called within {@code onTime} minutes of it.
     */
    private void appointmentWait(String what, JsonNode got, List<Truth> in, int onTime) {
        List<Long> waits = new ArrayList<>();
        int within = 0;
        int punctual = 0;
        for (Truth t : in) {
            if (t.category.equals("APPOINTMENT") && t.firstCall != null) {
                long w = t.firstCall - t.waitStart;
                waits.add(w);
                within += w <= waitTarget.get(t.service) * 60_000L ? 1 : 0;
                punctual += w <= onTime * 60_000L ? 1 : 0;
            }
        }
        assertThat(waits).as(what + " appointments called").isNotEmpty();
        assertThat(punctual).as(what + " some on time, some not").isPositive().isLessThan(waits.size());
        assertThat(got.get("onTimeMinutes").asInt()).isEqualTo(onTime);
        stats(what + " appointment wait", got.get("wait"), waits, within);
        share(what + " appointments on time", got.get("onTimeShare"), punctual, waits.size());
    }

    @Test
    void appointmentFiguresInTheExcelReportFollowTheOnTimeSetting() throws Exception {
        String range = "from=" + FIRST + "&to=" + FIRST.plusDays(DAYS - 1);
        assertThat(centre.call("PUT", "/api/v1/reports/settings", token, "{\"appointmentOnTimeMinutes\":500}").status())
                .isEqualTo(400);
        assertThat(centre.call("PUT", "/api/v1/reports/settings", token, "{\"appointmentOnTimeMinutes\":10}").status())
                .isEqualTo(200);
        try {
            JsonNode s = summary(range);
            appointmentWait("on time within 10 min", s.get("appointmentWait"), truths, 10);
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(centre.url + "/api/v1/reports/export?format=xlsx&"
                    + range)).header("Authorization", "Bearer " + token).build();
            byte[] xlsx = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
            Map<String, Double> overview = new HashMap<>();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                for (var row : wb.getSheet("Tổng hợp")) {
                    if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        overview.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                    }
                }
            }
            JsonNode a = s.get("appointmentWait");
            assertThat(overview).containsEntry("Lịch hẹn đã gọi / Appointments called", a.get("wait").get("count").asDouble())
                    .containsEntry("Lịch hẹn: chờ TB sau giờ hẹn (phút) / Appointments: mean wait after the slot (min)",
                            a.get("wait").get("mean").asDouble())
                    .containsEntry("Lịch hẹn: gọi trong 10 phút sau giờ hẹn / Appointments called within 10 min of the slot",
                            a.get("onTimeShare").asDouble());
        } finally {
            centre.call("PUT", "/api/v1/reports/settings", token, "{\"appointmentOnTimeMinutes\":5}");
        }
    }

    private Expect whole(List<Truth> visits) {
        Expect e = new Expect();
        for (Truth t : visits) {
            counted(e, t);
            if (t.firstCall != null) {
                waited(e, t);
            }
            if (!t.servings.isEmpty()) {
                long total = 0;
                for (Serving s : t.servings) {
                    total += s.millis();
                }
                served(e, t, total);
            }
            if (t.rating != null) {
                rated(e, t);
            }
        }
        return e;
    }

    private Map<String, Expect> grouped(List<Truth> visits, Function<Truth, String> key) {
        Map<String, List<Truth>> slices = new TreeMap<>();
        for (Truth t : visits) {
            slices.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        Map<String, Expect> out = new TreeMap<>();
        slices.forEach((k, v) -> out.put(k, whole(v)));
        return out;
    }

    /** Counters and officers: visits by who called first, processing by own serving, ratings by who finished. */
    private Map<String, Expect> perPerson(List<Truth> visits, Function<Truth, Long> caller, Function<Serving, Long> server,
                                          Function<Truth, Long> rater) {
        Map<String, Expect> out = new TreeMap<>();
        for (Truth t : visits) {
            if (t.firstCall != null) {
                Expect e = out.computeIfAbsent(String.valueOf(caller.apply(t)), k -> new Expect());
                counted(e, t);
                waited(e, t);
            }
            Map<Long, Long> own = new HashMap<>();
            for (Serving s : t.servings) {
                own.merge(server.apply(s), s.millis(), Long::sum);
            }
            own.forEach((who, ms) -> served(out.computeIfAbsent(String.valueOf(who), k -> new Expect()), t, ms));
            if (t.rating != null) {
                rated(out.computeIfAbsent(String.valueOf(rater.apply(t)), k -> new Expect()), t);
            }
        }
        return out;
    }

    private void counted(Expect e, Truth t) {
        e.visits++;
        e.noShows += "NO_SHOW".equals(t.end) ? 1 : 0;
        e.cancelled += "CANCELLED".equals(t.end) ? 1 : 0;
        e.waitingAtClose += t.waitingAtClose ? 1 : 0;
        e.received += "RECEIVED".equals(t.outcome) ? 1 : 0;
        if (t.setAside) {
            e.asides.add(t.asideMillis);
        }
    }

    private void waited(Expect e, Truth t) {
        long w = t.firstCall - t.waitStart;
        e.waits.add(w);
        e.waitWithin += w <= waitTarget.get(t.service) * 60_000L ? 1 : 0;
    }

    private void served(Expect e, Truth t, long ms) {
        e.processing.add(ms);
        e.processingWithin += ms <= processingTarget.get(t.service) * 60_000L ? 1 : 0;
    }

    private void rated(Expect e, Truth t) {
        e.ratings++;
        e.satisfied += t.rating.equals("VERY_SATISFIED") || t.rating.equals("SATISFIED") ? 1 : 0;
    }

    private void compareGroups(String what, JsonNode groups, Map<String, Expect> expected) {
        Map<String, JsonNode> byKey = new TreeMap<>();
        for (JsonNode g : groups) {
            if (g.get("visits").asInt() > 0 || g.get("processing").get("count").asInt() > 0
                    || g.get("satisfaction").get("ratings").asInt() > 0) {
                byKey.put(g.get("key").asText(), g);
            }
        }
        assertThat(byKey.keySet()).as(what + " keys").containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, e) -> compare(what + " " + k, byKey.get(k), e));
    }

    private static void compare(String what, JsonNode g, Expect e) {
        assertThat(g.get("visits").asInt()).as(what + " visits").isEqualTo(e.visits);
        stats(what + " wait", g.get("wait"), e.waits, e.waitWithin);
        stats(what + " processing", g.get("processing"), e.processing, e.processingWithin);
        share(what + " noShowRate", g.get("noShowRate"), e.noShows, e.visits);
        share(what + " cancelRate", g.get("cancelRate"), e.cancelled, e.visits);
        assertThat(g.get("stillWaitingAtClose").asInt()).as(what + " waiting at close").isEqualTo(e.waitingAtClose);
        assertThat(g.get("received").asInt()).as(what + " received").isEqualTo(e.received);
        assertThat(g.get("satisfaction").get("ratings").asInt()).as(what + " ratings").isEqualTo(e.ratings);
        share(what + " satisfaction", g.get("satisfaction").get("rate"), e.satisfied, e.ratings);
        assertThat(g.get("setAside").asInt()).as(what + " set aside").isEqualTo(e.asides.size());
        stats(what + " aside", g.get("aside"), e.asides, -1);
    }

    private static void stats(String what, JsonNode s, List<Long> values, int within) {
        assertThat(s.get("count").asInt()).as(what + " count").isEqualTo(values.size());
        if (values.isEmpty()) {
            assertThat(s.get("mean").isNull()).as(what + " mean").isTrue();
            return;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        long sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        long p90 = sorted.get((int) Math.ceil(n * 9 / 10.0) - 1);
        assertThat(s.get("mean").asDouble()).as(what + " mean").isEqualTo(minutes((double) sum / n));
        assertThat(s.get("median").asDouble()).as(what + " median").isEqualTo(minutes(median));
        assertThat(s.get("p90").asDouble()).as(what + " p90").isEqualTo(minutes(p90));
        assertThat(s.get("max").asDouble()).as(what + " max").isEqualTo(minutes(sorted.get(n - 1)));
        if (within < 0) {
            assertThat(s.get("withinTargetShare").isNull()).as(what + " has no target").isTrue();
        } else {
            share(what + " within target", s.get("withinTargetShare"), within, n);
        }
    }

    private static void share(String what, JsonNode value, int part, int whole) {
        if (whole == 0) {
            assertThat(value.isNull()).as(what).isTrue();
        } else {
            assertThat(value.asDouble()).as(what).isEqualTo(Math.round(10000.0 * part / whole) / 10000.0);
        }
    }

    /** Minutes with two decimals, halves rounded up. */
    private static double minutes(double millis) {
        return Math.round(millis / 600.0) / 100.0;
    }
}

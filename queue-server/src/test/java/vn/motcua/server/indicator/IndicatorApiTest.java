package vn.motcua.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.CentreTime;
import vn.motcua.server.auth.Role;
import vn.motcua.server.storage.Sql;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;
import vn.motcua.server.support.TestCentre.Response;

/**
 * The national indicators through the real API on rows this test writes: dossiers on time, late, overdue and
 * still open, resolved after the report's moment, digitised, reused, rated; visits received at the counter
 * without a kiosk dossier (one through a transfer). Each expected value is counted here from the test's own
 * list, not by the server's SQL; the Excel sheet is opened with POI and read cell by cell.
 */
class IndicatorApiTest {
    /** Friday 2026-03-20 10:00 in Asia/Ho_Chi_Minh: the report's moment. */
    private static final Instant NOW = Instant.parse("2026-03-20T03:00:00Z");
    private static final String PERIOD = "from=2026-03-01&to=2026-03-31";
    private MutableClock clock;
    private TestCentre centre;
    private int numbers;

    /** A kiosk dossier as this test files it; {@code resolved} null = no READY/RETURNED status ever. */
    private record Spec(String code, LocalDateTime received, LocalDate due, LocalDateTime resolved, List<String> sources,
                        String rating) {
    }

    /** A visit that ended at the counter (outcome) with no kiosk dossier; {@code transferred}: ended on its 2nd segment. */
    private record CounterVisit(LocalDateTime at, String outcome, boolean transferred, String rating) {
    }

    private static final List<Spec> DOSSIERS = List.of(
            new Spec("H27.99-260302-0001", t("2026-03-02T09:00"), d("2026-03-05"), t("2026-03-05T16:30"),
                    List.of("DECLARATION", "REUSE", "UPLOAD"), "SATISFIED"),
            new Spec("H27.99-260302-0002", t("2026-03-02T10:00"), d("2026-03-04"), t("2026-03-06T09:00"),
                    List.of("DECLARATION", "PAPER"), null),
            new Spec("H27.99-260309-0001", t("2026-03-09T08:30"), d("2026-03-12"), null,
                    List.of("DECLARATION", "REUSE", "PAPER"), "DISSATISFIED"),
            new Spec("H27.99-260318-0001", t("2026-03-18T14:00"), d("2026-03-24"), null, List.of("UPLOAD"), "DISSATISFIED"),
            new Spec("H27.99-260310-0001", t("2026-03-10T09:00"), d("2026-03-13"), t("2026-03-11T10:00"),
                    List.of("REUSE"), "VERY_SATISFIED"),
            new Spec("H27.99-260227-0001", t("2026-02-27T09:00"), d("2026-03-03"), t("2026-03-04T09:00"),
                    List.of("PAPER"), "SATISFIED"),
            // its result came after the report's moment: at that moment it was open and past its due day
            new Spec("H27.99-260303-0001", t("2026-03-03T09:00"), d("2026-03-06"), t("2026-03-21T11:00"),
                    List.of("DECLARATION", "UPLOAD"), null),
            // due the same day (0 working days): a result late that afternoon is on time
            new Spec("H27.99-260316-0001", t("2026-03-16T09:00"), d("2026-03-16"), t("2026-03-16T17:00"),
                    List.of("DECLARATION"), "NEUTRAL"));

    private static final List<CounterVisit> COUNTER = List.of(
            new CounterVisit(t("2026-03-05T09:00"), "RECEIVED", false, "VERY_SATISFIED"),
            new CounterVisit(t("2026-03-12T09:00"), "RECEIVED", false, null),
            new CounterVisit(t("2026-03-13T09:00"), "RECEIVED", true, null),
            new CounterVisit(t("2026-03-13T10:00"), "REFUSED", false, null),
            new CounterVisit(t("2026-02-26T09:00"), "RECEIVED", false, "SATISFIED"));

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(NOW);
        centre = new TestCentre(clock);
        centre.app.components().db().transaction(c -> {
            for (Spec s : DOSSIERS) {
                file(c, s);
            }
            for (CounterVisit v : COUNTER) {
                counterVisit(c, v);
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void eachIndicatorIsTheCountOfTheRowsAndTheExcelSheetSaysTheSame() throws Exception {
        Map<String, long[]> expected = expected(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        // the test's own counting, pinned once so that it cannot drift with the server's
        assertThat(expected.get("ON_TIME")).containsExactly(3, 4);
        assertThat(expected.get("OVERDUE")).containsExactly(3, 7);
        assertThat(expected.get("DIGITISED")).containsExactly(5, 7);
        assertThat(expected.get("REUSE")).containsExactly(3, 7);
        assertThat(expected.get("KIOSK_SELF_SERVICE")).containsExactly(7, 10);
        assertThat(expected.get("SATISFACTION")).containsExactly(3, 7);
        assertThat(expected.get("TABLET_SATISFACTION")).containsExactly(3, 6);

        Response r = centre.call("GET", "/api/v1/reports/indicators?" + PERIOD, centre.managerToken(), null);
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        assertThat(r.body().get("asOf").asText()).startsWith("2026-03-20T10:00");
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        r.body().get("indicators").forEach(i -> byCode.put(i.get("code").asText(), i));
        assertThat(byCode.keySet()).containsExactlyElementsOf(expected.keySet());
        Map<String, Boolean> met = Map.of("ON_TIME", false, "OVERDUE", false, "DIGITISED", false, "REUSE", true,
                "KIOSK_SELF_SERVICE", true, "SATISFACTION", false, "TABLET_SATISFACTION", false);
        for (var e : expected.entrySet()) {
            JsonNode i = byCode.get(e.getKey());
            assertThat(i.get("numerator").asLong()).as(e.getKey()).isEqualTo(e.getValue()[0]);
            assertThat(i.get("denominator").asLong()).as(e.getKey()).isEqualTo(e.getValue()[1]);
            assertThat(i.get("value").asDouble()).as(e.getKey())
                    .isCloseTo((double) e.getValue()[0] / e.getValue()[1], within(1e-9));
            assertThat(i.get("met").asBoolean()).as(e.getKey()).isEqualTo(met.get(e.getKey()));
            assertThat(i.get("nameVi").asText()).isNotBlank();
            assertThat(i.get("formulaVi").asText()).isNotBlank();
        }
        assertThat(byCode.get("OVERDUE").get("higherIsBetter").asBoolean()).isFalse();
        assertThat(byCode.get("OVERDUE").get("target").asDouble()).isEqualTo(0.05);
        assertThat(byCode.get("SATISFACTION").get("target").asDouble()).isEqualTo(0.95); // the report's satisfaction target
        assertThat(r.body().get("provincial").size()).isEqualTo(5);
        assertThat(r.body().get("indicators").get(5).get("nameVi").asText())
                .isEqualTo("Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC");

        // The Excel sheet, cell by cell.
        byte[] xlsx = bytes("/api/v1/reports/indicators?" + PERIOD + "&format=xlsx", centre.managerToken());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Chỉ số 766");
            assertThat(s).isNotNull();
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo(r.body().get("centreName").asText());
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2026-03-01 – 2026-03-31");
            Row head = s.getRow(5);
            List<String> headers = new ArrayList<>();
            head.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Nhóm / Group", "Chỉ số / Indicator", "Công thức / Formula",
                    "Tử số / Numerator", "Mẫu số / Denominator", "Giá trị / Value", "So với mục tiêu / Comparison",
                    "Mục tiêu / Target", "Đạt / Met");
            int n = 6;
            for (var e : expected.entrySet()) {
                Row row = s.getRow(n++);
                JsonNode i = byCode.get(e.getKey());
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(i.get("groupVi").asText() + " / " + i.get("groupEn").asText());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(i.get("nameVi").asText() + " / " + i.get("nameEn").asText());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(i.get("formulaVi").asText() + "\n" + i.get("formulaEn").asText());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(e.getValue()[0]);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(e.getValue()[1]);
                Cell value = row.getCell(5);
                assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(value.getNumericCellValue()).isCloseTo((double) e.getValue()[0] / e.getValue()[1], within(1e-9));
                assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(e.getKey().equals("OVERDUE") ? "≤" : "≥");
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(i.get("target").asDouble());
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo(met.get(e.getKey()) ? "Đạt / Met" : "Chưa đạt / Not met");
            }
            assertThat(s.getRow(n++)).isNull();
            assertThat(s.getRow(n++).getCell(0).getStringCellValue()).isEqualTo("Cần hệ thống của tỉnh / Needs the provincial system");
            for (int k = 0; k < 5; k++) {
                JsonNode p = r.body().get("provincial").get(k);
                Row row = s.getRow(n++);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(p.get("nameVi").asText() + " / " + p.get("nameEn").asText());
                assertThat(row.getCell(2).getStringCellValue()).startsWith(p.get("whyVi").asText());
            }
            assertThat(s.getRow(n)).isNull();
        }
    }

    @Test
    void targetsAreTheCentresAndAnEmptyPeriodHasNoValueRatherThanZero() {
        String manager = centre.managerToken();
        Response bad = centre.call("PUT", "/api/v1/reports/indicators/targets", manager, "{\"targets\":{\"NOPE\":0.5}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("NOPE");
        assertThat(centre.call("PUT", "/api/v1/reports/indicators/targets", manager,
                "{\"targets\":{\"DIGITISED\":0.7,\"REUSE\":1.5}}").status()).isEqualTo(400);
        assertThat(indicator(manager, PERIOD, "DIGITISED").get("target").asDouble()).isEqualTo(0.8); // nothing changed
        assertThat(centre.call("PUT", "/api/v1/reports/indicators/targets", manager,
                "{\"targets\":{\"DIGITISED\":0.7}}").status()).isEqualTo(200);
        JsonNode digitised = indicator(manager, PERIOD, "DIGITISED");
        assertThat(digitised.get("target").asDouble()).isEqualTo(0.7);
        assertThat(digitised.get("met").asBoolean()).isTrue(); // 5 of 7
        // satisfaction without its own target follows the report settings' satisfaction target
        assertThat(centre.call("PUT", "/api/v1/reports/settings", manager, "{\"satisfactionTarget\":0.4}").status()).isEqualTo(200);
        assertThat(indicator(manager, PERIOD, "SATISFACTION").get("met").asBoolean()).isTrue(); // 3 of 7

        JsonNode empty = centre.call("GET", "/api/v1/reports/indicators?from=2026-01-01&to=2026-01-31", manager, null).body();
        empty.get("indicators").forEach(i -> {
            assertThat(i.get("denominator").asLong()).isZero();
            assertThat(i.get("value").isNull()).as(i.toString()).isTrue();
            assertThat(i.get("met").isNull()).isTrue();
        });
        assertThat(centre.call("GET", "/api/v1/reports/indicators?from=2026-03-31&to=2026-03-01", manager, null).status())
                .isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/reports/indicators?from=March", manager, null).status()).isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/reports/indicators?format=pdf", manager, null).status()).isEqualTo(400);
    }

    @Test
    void onlyManagersAndAdminsSeeTheIndicators() throws Exception {
        centre.app.components().auth().addUser("admin1", "admin-password-1".toCharArray(), Role.ADMIN, "Quản trị");
        String admin = centre.login("admin1", "admin-password-1");
        String path = "/api/v1/reports/indicators?" + PERIOD;
        assertThat(centre.call("GET", path, null, null).status()).isEqualTo(401);
        assertThat(centre.call("GET", path, centre.kioskToken(), null).status()).isEqualTo(403);
        assertThat(centre.call("GET", path, centre.boardToken(), null).status()).isEqualTo(403);
        assertThat(centre.call("GET", path, centre.officerAt(1), null).status()).isEqualTo(403);
        assertThat(centre.call("GET", path + "&format=xlsx", centre.officerAt(2), null).status()).isEqualTo(403);
        assertThat(centre.call("PUT", "/api/v1/reports/indicators/targets", centre.officerAt(3),
                "{\"targets\":{\"REUSE\":0.9}}").status()).isEqualTo(403);
        assertThat(indicator(centre.managerToken(), PERIOD, "REUSE").get("target").asDouble()).isEqualTo(0.3);
        assertThat(centre.call("GET", path, admin, null).status()).isEqualTo(200);
        assertThat(bytes(path + "&format=xlsx", admin)).startsWith(new byte[] {'P', 'K'});
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(centre.url
                + "/manager/indicators")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Chỉ số phục vụ người dân, doanh nghiệp").doesNotContain("<script>");
    }

    // ---------- the test's own counting ----------

    private static Map<String, long[]> expected(LocalDate from, LocalDate to) {
        LocalDateTime asOf = LocalDateTime.ofInstant(NOW, CentreTime.ZONE);
        List<Spec> in = DOSSIERS.stream().filter(s -> !s.received().toLocalDate().isBefore(from)
                && !s.received().toLocalDate().isAfter(to)).toList();
        long resolved = 0;
        long onTime = 0;
        long overdue = 0;
        long digitised = 0;
        long reused = 0;
        long unhappy = 0;
        for (Spec s : in) {
            LocalDateTime result = s.resolved() != null && !s.resolved().isAfter(asOf) ? s.resolved() : null;
            boolean late = result != null ? result.toLocalDate().isAfter(s.due()) : asOf.toLocalDate().isAfter(s.due());
            resolved += result != null ? 1 : 0;
            onTime += result != null && !late ? 1 : 0;
            overdue += late ? 1 : 0;
            digitised += s.sources().contains("PAPER") ? 0 : 1;
            reused += s.sources().contains("REUSE") ? 1 : 0;
            unhappy += late || "DISSATISFIED".equals(s.rating()) ? 1 : 0;
        }
        long counter = COUNTER.stream().filter(v -> v.outcome().equals("RECEIVED") && !v.at().toLocalDate().isBefore(from)
                && !v.at().toLocalDate().isAfter(to)).count();
        List<String> ratings = new ArrayList<>();
        DOSSIERS.stream().filter(s -> s.rating() != null && in.contains(s)).forEach(s -> ratings.add(s.rating()));
        COUNTER.stream().filter(v -> v.rating() != null && !v.at().toLocalDate().isBefore(from)).forEach(v -> ratings.add(v.rating()));
        long satisfied = ratings.stream().filter(x -> x.equals("VERY_SATISFIED") || x.equals("SATISFIED")).count();
        Map<String, long[]> out = new LinkedHashMap<>();
        out.put("ON_TIME", new long[] {onTime, resolved});
        out.put("OVERDUE", new long[] {overdue, in.size()});
        out.put("DIGITISED", new long[] {digitised, in.size()});
        out.put("REUSE", new long[] {reused, in.size()});
        out.put("KIOSK_SELF_SERVICE", new long[] {in.size(), in.size() + counter});
        out.put("SATISFACTION", new long[] {in.size() - unhappy, in.size()});
        out.put("TABLET_SATISFACTION", new long[] {satisfied, ratings.size()});
        return out;
    }

    // ---------- rows ----------

    private void file(Connection c, Spec s) throws SQLException {
        long ticket = ticket(c, s.received(), null, "DONE");
        event(c, "ticket.finished", s.received().plusMinutes(20), ticket, "RECEIVED");
        if (s.rating() != null) {
            rating(c, ticket, s.received().plusMinutes(21), s.rating());
        }
        long id = Sql.insert(c, "INSERT INTO dossier (code, procedure_code, service_code, applicant_number, applicant_name, "
                + "declaration, status, received_at, due_at, consent_at, consent_text, ticket_id) "
                + "VALUES (?, '2.000001', 'A', '001090000001', 'Nguyễn Văn A', '{}', ?, ?, ?, ?, 'dossier-consent-v1', ?)",
                s.code(), s.resolved() == null ? "IN_PROCESSING" : "READY", ms(s.received()),
                ms(s.due().atTime(s.received().toLocalTime())), ms(s.received()), ticket);
        for (int i = 0; i < s.sources().size(); i++) {
            Sql.update(c, "INSERT INTO dossier_document (dossier_id, position, doc_type, name_vi, source) VALUES (?, ?, ?, ?, ?)",
                    id, i, "KQ000" + (i + 1), "Giấy tờ " + (i + 1), s.sources().get(i));
        }
        dossierEvent(c, id, s.received(), "RECEIVED");
        dossierEvent(c, id, s.received().plusHours(1), "IN_PROCESSING");
        if (s.resolved() != null) {
            dossierEvent(c, id, s.resolved(), "READY");
            dossierEvent(c, id, s.resolved().plusHours(2), "RETURNED");
        }
    }

    private void counterVisit(Connection c, CounterVisit v) throws SQLException {
        long origin = ticket(c, v.at(), null, v.transferred() ? "TRANSFERRED" : "DONE");
        long last = origin;
        if (v.transferred()) {
            event(c, "ticket.transferred", v.at().plusMinutes(10), origin, null);
            last = ticket(c, v.at(), origin, "DONE");
        }
        event(c, "ticket.finished", v.at().plusMinutes(25), last, v.outcome());
        if (v.rating() != null) {
            rating(c, last, v.at().plusMinutes(26), v.rating());
        }
    }

    private long ticket(Connection c, LocalDateTime at, Long origin, String state) throws SQLException {
        return Sql.insert(c, "INSERT INTO ticket (number, service_code, service_day, category, state, arrived_at, issued_at, "
                + "origin_ticket_id, state_at) VALUES (?, 'A', ?, 'NORMAL', ?, ?, ?, ?, ?)", String.format("A%04d", ++numbers),
                at.toLocalDate().toString(), state, ms(at), ms(at), origin, ms(at));
    }

    private static void event(Connection c, String type, LocalDateTime at, long ticket, String detail) throws SQLException {
        Sql.update(c, "INSERT INTO event (type, at, service_day, ticket_id, service_code, counter_number, detail) "
                + "VALUES (?, ?, ?, ?, 'A', 1, ?)", type, ms(at), at.toLocalDate().toString(), ticket, detail);
    }

    private static void rating(Connection c, long ticket, LocalDateTime at, String score) throws SQLException {
        Sql.update(c, "INSERT INTO rating (ticket_id, at, service_day, counter_number, score) VALUES (?, ?, ?, 1, ?)",
                ticket, ms(at), at.toLocalDate().toString(), score);
    }

    private static void dossierEvent(Connection c, long dossier, LocalDateTime at, String status) throws SQLException {
        Sql.update(c, "INSERT INTO dossier_event (dossier_id, at, status) VALUES (?, ?, ?)", dossier, ms(at), status);
    }

    private JsonNode indicator(String token, String query, String code) {
        Response r = centre.call("GET", "/api/v1/reports/indicators?" + query, token, null);
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        for (JsonNode i : r.body().get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code + " in " + r.body());
    }

    private byte[] bytes(String path, String token) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(centre.url + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static long ms(LocalDateTime t) {
        return t.atZone(CentreTime.ZONE).toInstant().toEpochMilli();
    }

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}

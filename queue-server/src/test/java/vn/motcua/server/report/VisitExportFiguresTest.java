package vn.motcua.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre.Response;

/**
 * What an auditor does with the per-visit export: a day with a served visit, a transfer, a no-show, a
 * cancellation, a long service, an unrated one and one still waiting is exported as CSV and Excel, the two
 * are read back and must agree cell for cell, and the report's figures are recomputed from the rows alone.
 */
class VisitExportFiguresTest extends CentreOnTestClock {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void theReportsFiguresComeBackFromTheExportedRows() throws Exception {
        String a = centre.officerAt(2);
        String b = centre.officerAt(4);
        List<Long> issued = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            centre.app.forecasts().refresh(); // the forecast runs off the ticket path; this one is current
            issued.add(centre.issue("A", i == 2 ? "ELDERLY" : "NORMAL").body().get("id").asLong());
            clock.advance(Duration.ofSeconds(97));
        }
        long x1 = next(2, a);
        clock.advance(Duration.ofMinutes(1));
        ok("/api/v1/tickets/" + x1 + "/start", a, null);
        clock.advance(Duration.ofMinutes(7));
        ok("/api/v1/tickets/" + x1 + "/finish", a, "{\"outcome\":\"RECEIVED\"}");
        ok("/api/v1/ratings", centre.ratingToken(2), "{\"counter\":2,\"ticketId\":" + x1 + ",\"score\":\"VERY_SATISFIED\"}");

        long x2 = next(2, a);
        clock.advance(Duration.ofSeconds(30));
        ok("/api/v1/tickets/" + x2 + "/start", a, null);
        clock.advance(Duration.ofMinutes(12));
        ok("/api/v1/tickets/" + x2 + "/transfer", a, "{\"service\":\"B\"}");
        clock.advance(Duration.ofMinutes(2));
        long x2b = next(4, b);
        clock.advance(Duration.ofMinutes(1));
        ok("/api/v1/tickets/" + x2b + "/start", b, null);
        clock.advance(Duration.ofMinutes(5));
        ok("/api/v1/tickets/" + x2b + "/finish", b, "{\"outcome\":\"RECEIVED\"}");
        ok("/api/v1/ratings", centre.ratingToken(4), "{\"counter\":4,\"ticketId\":" + x2b + ",\"score\":\"DISSATISFIED\"}");

        long x3 = next(2, a);
        clock.advance(Duration.ofMinutes(1));
        ok("/api/v1/tickets/" + x3 + "/recall", a, null);
        clock.advance(Duration.ofMinutes(1));
        ok("/api/v1/tickets/" + x3 + "/no-show", a, null);
        long last = issued.stream().filter(id -> id != x1 && id != x2 && id != x3).reduce((p, q) -> q).orElseThrow();
        ok("/api/v1/tickets/" + last + "/cancel", centre.kioskToken(), null);

        long x4 = next(2, a);
        clock.advance(Duration.ofSeconds(20));
        ok("/api/v1/tickets/" + x4 + "/start", a, null);
        clock.advance(Duration.ofMinutes(40));
        ok("/api/v1/tickets/" + x4 + "/finish", a, "{\"outcome\":\"SUPPLEMENT_REQUESTED\"}");
        ok("/api/v1/ratings", centre.ratingToken(2), "{\"counter\":2,\"ticketId\":" + x4 + ",\"score\":\"SATISFIED\"}");
        long x5 = next(2, a);
        ok("/api/v1/tickets/" + x5 + "/start", a, null);
        clock.advance(Duration.ofMinutes(3));
        ok("/api/v1/tickets/" + x5 + "/finish", a, "{\"outcome\":\"INFO_ONLY\"}");
        centre.app.forecasts().refresh();
        centre.issue("A", "NORMAL"); // still waiting: a row without times

        String day = "from=2026-03-02&to=2026-03-02";
        JsonNode s = centre.call("GET", "/api/v1/reports/summary?" + day, centre.managerToken(), null).body();
        List<String[]> rows = csv(new String(bytes("/api/v1/reports/visits?format=csv&" + day), StandardCharsets.UTF_8));
        String[] header = rows.remove(0);
        assertThat(header[0]).isEqualTo("\uFEFFMã lượt / Visit id");
        assertThat(header[19]).isEqualTo("Xử lý (phút) / Processing (min)");
        assertThat(rows).hasSize(7);

        // The Excel export holds the same rows: numbers as numbers, text as text.
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/v1/reports/visits?format=xlsx&" + day)))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(r + 1);
                for (int c = 0; c < header.length; c++) {
                    String want = rows.get(r)[c];
                    Cell cell = row.getCell(c);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertThat(cell.getNumericCellValue()).as("row %d col %d", r, c).isEqualTo(Double.parseDouble(want));
                    } else {
                        assertThat(fmt.formatCellValue(cell)).as("row %d col %d", r, c).isEqualTo(want);
                    }
                }
            }
        }

        // The auditor's recomputation from the rows alone.
        List<Long> waits = new ArrayList<>();
        List<Long> processing = new ArrayList<>();
        int noShows = 0;
        int cancelled = 0;
        int received = 0;
        int ratings = 0;
        int satisfied = 0;
        for (String[] r : rows) {
            if (!r[6].isEmpty()) {
                waits.add(Duration.between(LocalDateTime.parse(r[5], TIME), LocalDateTime.parse(r[6], TIME)).toMillis());
            }
            if (!r[19].isEmpty()) {
                processing.add(Math.round(Double.parseDouble(r[19]) * 60_000));
            }
            noShows += r[11].equals("NO_SHOW") ? 1 : 0;
            cancelled += r[11].equals("CANCELLED") ? 1 : 0;
            received += r[12].equals("RECEIVED") ? 1 : 0;
            ratings += r[13].isEmpty() ? 0 : 1;
            satisfied += r[13].equals("VERY_SATISFIED") || r[13].equals("SATISFIED") ? 1 : 0;
        }
        assertThat(waits).hasSize(5);
        assertThat(processing).containsExactlyInAnyOrder(7 * 60_000L, 17 * 60_000L, 40 * 60_000L, 3 * 60_000L);
        assertThat(s.get("visits").asInt()).isEqualTo(rows.size());
        stats(s.get("wait"), waits, 15);
        stats(s.get("processing"), processing, 30);
        assertThat(s.get("noShowRate").asDouble()).isEqualTo(share(noShows, rows.size())).isGreaterThan(0);
        assertThat(s.get("cancelRate").asDouble()).isEqualTo(share(cancelled, rows.size())).isGreaterThan(0);
        assertThat(s.get("received").asInt()).isEqualTo(received).isEqualTo(2);
        assertThat(s.get("satisfaction").get("ratings").asInt()).isEqualTo(ratings).isEqualTo(3);
        assertThat(s.get("satisfaction").get("rate").asDouble()).isEqualTo(share(satisfied, ratings));
        // the estimate given at issue is on every issued visit's row, with its range around it
        for (String[] r : rows) {
            assertThat(r[14]).as(Arrays.toString(r)).isNotEmpty();
            assertThat(Integer.parseInt(r[15])).isLessThanOrEqualTo(Integer.parseInt(r[14]));
            assertThat(Integer.parseInt(r[16])).isGreaterThanOrEqualTo(Integer.parseInt(r[14]));
        }
    }

    private static void stats(JsonNode stats, List<Long> millis, int targetMinutes) {
        List<Long> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        double mean = sorted.stream().mapToLong(Long::longValue).sum() / (double) n;
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        long p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
        long within = sorted.stream().filter(m -> m <= targetMinutes * 60_000L).count();
        assertThat(stats.get("count").asInt()).isEqualTo(n);
        assertThat(stats.get("mean").asDouble()).isEqualTo(minutes(mean));
        assertThat(stats.get("median").asDouble()).isEqualTo(minutes(median));
        assertThat(stats.get("p90").asDouble()).isEqualTo(minutes(p90));
        assertThat(stats.get("max").asDouble()).isEqualTo(minutes(sorted.get(n - 1)));
        assertThat(stats.get("withinTargetShare").asDouble()).isEqualTo(share(within, n));
    }

    private static double minutes(double millis) {
        return java.math.BigDecimal.valueOf(millis / 60_000.0).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static double share(long part, long whole) {
        return java.math.BigDecimal.valueOf((double) part / whole).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** RFC 4180 enough for this export: quoted cells may hold commas and doubled quotes. */
    private static List<String[]> csv(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            out.add(cells.toArray(new String[0]));
        }
        return out;
    }

    private long next(int counter, String token) {
        Response r = centre.call("POST", "/api/v1/counters/" + counter + "/next", token, null);
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        return r.body().get("id").asLong();
    }

    private void ok(String path, String token, String body) {
        ok("POST", path, token, body);
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(centre.url + path))
                .header("Authorization", "Bearer " + centre.managerToken()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}

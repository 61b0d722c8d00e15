package vn.motcua.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre.Response;

/** The reports and the rating tablet through the real HTTP API, driven by the ordinary officer actions. */
class ReportApiTest extends CentreOnTestClock {
    private String manager;

    @BeforeEach
    void start() throws Exception {
        manager = centre.managerToken();
    }

    @Test
    void aKioskPrinterFaultAndAHelpButtonReachTheManagersLiveView() {
        String kiosk = centre.kioskToken();
        ok("POST", "/api/v1/devices/status", kiosk, "{\"part\":\"printer\",\"state\":\"OFFLINE\",\"code\":\"PAPER_OUT\","
                + "\"detail\":\"paper end\"}");
        ok("POST", "/api/v1/devices/help", kiosk, "{\"reason\":\"help button\"}");
        JsonNode alerts = centre.call("GET", "/api/v1/reports/live", manager, null).body().get("alerts");
        assertThat(alerts).extracting(a -> a.get("kind").asText()).containsExactly("device", "help");
        assertThat(alerts.get(0).get("messageVi").asText()).contains("máy in hết giấy").contains("(từ 08:00)");
        assertThat(alerts.get(0).get("messageEn").asText()).contains("printer out of paper");
        assertThat(alerts.get(1).get("messageVi").asText()).contains("công dân cần trợ giúp (08:00)");

        // paper loaded: the fault clears; the help request stays until someone handles it, then for a quarter of an hour
        ok("POST", "/api/v1/devices/status", kiosk, "{\"part\":\"printer\",\"state\":\"ONLINE\",\"code\":\"OK\"}");
        clock.advance(Duration.ofMinutes(16));
        alerts = centre.call("GET", "/api/v1/reports/live", manager, null).body().get("alerts");
        assertThat(alerts).extracting(a -> a.get("kind").asText()).containsExactly("help");
        ok("POST", "/api/v1/alerts/" + alerts.get(0).get("id").asLong() + "/ack", manager, null);
        clock.advance(Duration.ofMinutes(16));
        assertThat(centre.call("GET", "/api/v1/reports/live", manager, null).body().get("alerts")).isEmpty();
    }

    @Test
    void anUnpluggedScannerAndAGpioPinFaultAreWordedForTheManager() {
        String kiosk = centre.kioskToken();
        ok("POST", "/api/v1/devices/status", kiosk, "{\"part\":\"scanner\",\"state\":\"OFFLINE\",\"code\":\"NOT_CONNECTED\"}");
        ok("POST", "/api/v1/devices/status", kiosk, "{\"part\":\"gpio\",\"state\":\"OFFLINE\",\"code\":\"PIN_FAULT\"}");
        JsonNode alerts = centre.call("GET", "/api/v1/reports/live", manager, null).body().get("alerts");
        assertThat(alerts).hasSize(2);
        assertThat(alerts.toString()).contains(": đầu đọc mã mất kết nối (kiểm tra cáp) (từ 08:00)",
                ": nút trợ giúp và đèn báo lỗi chân GPIO (kiểm tra dây nối) (từ 08:00)", "scanner not connected (check the cable)");
    }

    private JsonNode summary(String query) {
        Response r = centre.call("GET", "/api/v1/reports/summary?" + query, manager, null);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        return r.body();
    }

    @Test
    void aServedVisitItsRatingAndTheLiveView() {
        String officer = centre.officerAt(2);
        long a1 = issue("A", "NORMAL");
        clock.advance(Duration.ofMinutes(4));
        long a2 = issue("A", "ELDERLY");
        clock.advance(Duration.ofMinutes(6));
        ok("POST", "/api/v1/counters/2/next", officer, null); // the elderly visitor first: waited 6 min
        clock.advance(Duration.ofSeconds(30));
        ok("POST", "/api/v1/tickets/" + a2 + "/start", officer, null);
        clock.advance(Duration.ofMinutes(12));
        ok("POST", "/api/v1/tickets/" + a2 + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");

        // The counter tablet sees the finished ticket and rates it once.
        String tablet = centre.ratingToken(2);
        Response pending = centre.call("GET", "/api/v1/ratings/pending?counter=2", tablet, null);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.body().get("ticketId").asLong()).isEqualTo(a2);
        assertThat(centre.call("GET", "/api/v1/ratings/pending?counter=3", centre.ratingToken(3), null).status()).isEqualTo(204);
        // another counter's tablet, the hall board and a kiosk may not rate counter 2's visitor
        for (String other : new String[] {centre.ratingToken(3), centre.boardToken(), centre.kioskToken()}) {
            assertThat(centre.call("POST", "/api/v1/ratings", other,
                    "{\"counter\":2,\"ticketId\":" + a2 + ",\"score\":\"SATISFIED\"}").status()).isEqualTo(403);
            assertThat(centre.call("GET", "/api/v1/ratings/pending?counter=2", other, null).status()).isEqualTo(403);
        }
        assertThat(centre.call("POST", "/api/v1/ratings", officer,
                "{\"counter\":2,\"ticketId\":" + a2 + ",\"score\":\"SATISFIED\"}").status()).isEqualTo(403);
        assertThat(centre.call("POST", "/api/v1/ratings", tablet,
                "{\"counter\":3,\"ticketId\":" + a2 + ",\"score\":\"SATISFIED\"}").status()).isEqualTo(403);
        assertThat(centre.call("POST", "/api/v1/ratings", tablet,
                "{\"counter\":2,\"ticketId\":" + a2 + ",\"score\":\"GREAT\"}").status()).isEqualTo(400);
        assertThat(centre.call("POST", "/api/v1/ratings", tablet,
                "{\"counter\":2,\"ticketId\":" + a2 + ",\"score\":\"SATISFIED\",\"reasons\":[\"<script>\"]}").status()).isEqualTo(400);
        Response rated = centre.call("POST", "/api/v1/ratings", tablet,
                "{\"counter\":2,\"ticketId\":" + a2 + ",\"score\":\"VERY_SATISFIED\",\"reasons\":[\"FAST_SERVICE\"]}");
        assertThat(rated.status()).isEqualTo(201);
        Response twice = centre.call("POST", "/api/v1/ratings", tablet,
                "{\"counter\":2,\"ticketId\":" + a2 + ",\"score\":\"DISSATISFIED\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("error").get("code").asText()).isEqualTo("already_rated");
        assertThat(centre.call("GET", "/api/v1/ratings/pending?counter=2", tablet, null).status()).isEqualTo(204);

        // The next visitor: called after 22.5 min in all, no-show after a recall.
        ok("POST", "/api/v1/counters/2/next", officer, null);
        ok("POST", "/api/v1/tickets/" + a1 + "/recall", officer, null);
        ok("POST", "/api/v1/tickets/" + a1 + "/no-show", officer, null);
        long b1 = issue("B", "NORMAL");

        JsonNode s = summary("from=2026-03-02&to=2026-03-02");
        assertThat(s.get("visits").asInt()).isEqualTo(3);
        JsonNode wait = s.get("wait");
        assertThat(wait.get("count").asInt()).isEqualTo(2);
        assertThat(wait.get("mean").asDouble()).isEqualTo(14.25); // (6 + 22.5) / 2
        assertThat(wait.get("max").asDouble()).isEqualTo(22.5);
        assertThat(wait.get("withinTargetShare").asDouble()).isEqualTo(0.5);
        assertThat(s.get("processing").get("mean").asDouble()).isEqualTo(12.0);
        assertThat(s.get("noShowRate").asDouble()).isEqualTo(0.3333);
        assertThat(s.get("received").asInt()).isEqualTo(1);
        assertThat(s.get("satisfaction").get("ratings").asInt()).isEqualTo(1);
        assertThat(s.get("satisfaction").get("rate").asDouble()).isEqualTo(1.0);
        JsonNode byOfficer = s.get("byOfficer").get(0);
        assertThat(byOfficer.get("nameEn").asText()).isEqualTo("officer2");
        assertThat(byOfficer.get("visits").asInt()).isEqualTo(2);
        JsonNode prod = s.get("productivity").get("officers");
        JsonNode officer2 = null;
        for (JsonNode o : prod) {
            if (o.get("username").asText().equals("officer2")) {
                officer2 = o;
            }
        }
        assertThat(officer2.get("received").asInt()).isEqualTo(1);
        assertThat(officer2.get("workingDays").asInt()).isEqualTo(1);
        assertThat(officer2.get("annualised").asDouble()).isEqualTo(250.0);
        assertThat(s.get("priorityRule")).hasSizeGreaterThan(1);

        // Filters narrow the visits.
        assertThat(summary("from=2026-03-02&to=2026-03-02&service=B").get("visits").asInt()).isEqualTo(1);
        assertThat(summary("from=2026-03-02&to=2026-03-02&officer=officer2").get("visits").asInt()).isEqualTo(2);

        // Live: B0001 waits; past its 15-minute target the service raises an alert.
        JsonNode live = centre.call("GET", "/api/v1/reports/live", manager, null).body();
        assertThat(live.get("waiting").asInt()).isEqualTo(1);
        assertThat(live.get("alerts")).isEmpty();
        clock.advance(Duration.ofMinutes(16));
        live = centre.call("GET", "/api/v1/reports/live", manager, null).body();
        assertThat(live.get("alerts")).hasSize(1);
        assertThat(live.get("alerts").get(0).get("service").asText()).isEqualTo("B");
        JsonNode counter2 = live.get("counters").get(1);
        assertThat(counter2.get("state").asText()).isEqualTo("OPEN");
        assertThat(counter2.get("officer").asText()).isEqualTo("officer2");
        assertThat(b1).isPositive();

        // After the window the tablet may no longer rate.
        long a3 = issue("A", "NORMAL");
        ok("POST", "/api/v1/counters/2/next", officer, null);
        ok("POST", "/api/v1/tickets/" + a3 + "/start", officer, null);
        ok("POST", "/api/v1/tickets/" + a3 + "/finish", officer, "{\"outcome\":\"INFO_ONLY\"}");
        clock.advance(Duration.ofMinutes(11));
        assertThat(centre.call("POST", "/api/v1/ratings", tablet, "{\"counter\":2,\"ticketId\":" + a3
                + ",\"score\":\"SATISFIED\"}").status()).isEqualTo(409);
    }

    @Test
    void onlyManagersAndValidQueries() {
        String officer = centre.officerAt(3);
        assertThat(centre.call("GET", "/api/v1/reports/summary", null, null).status()).isEqualTo(401);
        assertThat(centre.call("GET", "/api/v1/reports/summary", officer, null).status()).isEqualTo(403);
        assertThat(centre.call("GET", "/api/v1/reports/live", centre.kioskToken(), null).status()).isEqualTo(403);
        assertThat(centre.call("GET", "/api/v1/reports/summary?from=2026-13-01", manager, null).status()).isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/reports/summary?from=2026-03-05&to=2026-03-01", manager, null).status())
                .isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/reports/summary?from=2024-01-01&to=2026-03-01", manager, null).status())
                .isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/reports/summary?service=Z", manager, null).status()).isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/reports/export?format=docx", manager, null).status()).isEqualTo(400);
    }

    @Test
    void settingsChangeTheNorm() {
        assertThat(centre.call("PUT", "/api/v1/reports/settings", manager, "{\"centreLevel\":\"MOON\"}").status()).isEqualTo(400);
        Response r = centre.call("PUT", "/api/v1/reports/settings", manager, "{\"centreLevel\":\"MINISTRY\",\"workingDaysPerYear\":240}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("normPerYear").asInt()).isEqualTo(2000);
        JsonNode p = summary("from=2026-03-02&to=2026-03-02").get("productivity");
        assertThat(p.get("normPerYear").asInt()).isEqualTo(2000);
        assertThat(p.get("workingDaysPerYear").asInt()).isEqualTo(240);
        r = centre.call("PUT", "/api/v1/reports/settings", manager, "{\"normPerYear\":1500}");
        assertThat(r.body().get("normPerYear").asInt()).isEqualTo(1500);
    }

    @Test
    void exportsInVietnamese() throws Exception {
        String officer = centre.officerAt(4);
        long b = issue("B", "PREGNANT");
        clock.advance(Duration.ofMinutes(3));
        ok("POST", "/api/v1/counters/4/next", officer, null);
        ok("POST", "/api/v1/tickets/" + b + "/start", officer, null);
        clock.advance(Duration.ofMinutes(5));
        ok("POST", "/api/v1/tickets/" + b + "/finish", officer, "{\"outcome\":\"RECEIVED\"}");

        HttpResponse<byte[]> xlsx = download("xlsx", "&from=2026-03-02&to=2026-03-02");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("content-disposition").orElse("")).contains("bao-cao-2026-03-02_2026-03-02.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheet("Tổng hợp")).isNotNull();
            Sheet services = wb.getSheet("Theo dịch vụ");
            assertThat(services.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Số lượt / Visits");
            assertThat(services.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Chứng thực");
            assertThat(services.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(wb.getSheet("Năng suất")).isNotNull();
        }

        HttpResponse<byte[]> pdf = download("pdf", "");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-disposition").orElse("")).contains("bao-cao-2026-03-01_2026-03-31.pdf");
        PdfReader reader = new PdfReader(pdf.body());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("BÁO CÁO TỔNG HỢP").contains("Chứng thực").contains("Tỷ lệ hài lòng");
        // Met / not met on the four wait and processing rows as well as satisfaction and still waiting,
        // and decimals with a comma as on the dashboard (a dot only groups thousands: 1.600).
        assertThat(java.util.regex.Pattern.compile("Đạt|Chưa đạt").matcher(text).results().count()).isGreaterThanOrEqualTo(6);
        assertThat(text).containsPattern("\\d,\\d").doesNotContainPattern("\\d\\.\\d{1,2}(?!\\d)");
        reader.close();

        HttpResponse<byte[]> csv = download("csv", "&from=2026-03-02&to=2026-03-02");
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFNhóm báo cáo / Breakdown,Mã / Key");
        assertThat(body).contains("service,B,Chứng thực,1,3.0,3.0,3.0,3.0,1.0,5.0");
    }

    private HttpResponse<byte[]> download(String format, String range) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(centre.url + "/api/v1/reports/export?format=" + format + range))
                .header("Authorization", "Bearer " + manager).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}

package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.report.CentreLevel;
import vn.motcua.client.testing.MutableClock;

/** The hub's API for managers: roles, the centres' live view, the province table (folded or not), page and Excel. */
class HubApiTest {
    /** Wednesday 2026-03-04 10:00 in Asia/Ho_Chi_Minh. */
    private static final Instant NOW = Instant.parse("2026-03-04T03:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(NOW);
    private static PgCluster pg;
    private static TestHub hub;
    private static String province;
    private static String managerBd;
    private static String bdToken;

    @BeforeAll
    static void start() throws Exception {
        PgCluster.requireOrSkip();
        pg = PgCluster.start();
        hub = new TestHub(pg, "api", CLOCK);
        bdToken = hub.app.centres().add("BD", "UBND phường Ba Đình", CentreLevel.PROVINCE);
        String hk = hub.app.centres().add("HK", "UBND phường Hoàn Kiếm", CentreLevel.RURAL);
        new HubAuth(HubDatabase.open(hub.jdbc, "postgres", null, 1), CLOCK, new PasswordHasher(1000)).addUser("qlbd",
                "bd-secret-12".toCharArray(), HubRole.CENTRE_MANAGER, hub.app.centres().byCode("BD").orElseThrow(), null);
        province = hub.province();
        managerBd = hub.login("qlbd", "bd-secret-12");

        // Monday two days ago at BD: 4 visits, waits 5 / 10 / 20 / 40 min, processing 10 / 40 min, 2 ratings
        long monday = Instant.parse("2026-03-02T01:00:00Z").toEpochMilli();
        Events past = new Events(1).service(monday, "A", "Hộ tịch", 15, 30).counter(monday, 1, "OPEN", 7);
        int[] waits = {5, 10, 20, 40};
        for (int i = 0; i < 4; i++) {
            past.issued(monday + i * 60_000L, 100 + i, "A");
        }
        for (int i = 0; i < 4; i++) {
            past.called(monday + (i + waits[i]) * 60_000L, 100 + i, "A", 1, 7);
        }
        past.started(monday + 50 * 60_000L, 100, "A", 1, 7).finished(monday + 60 * 60_000L, 100, "A", 1, 7)
                .started(monday + 61 * 60_000L, 101, "A", 1, 7).finished(monday + 101 * 60_000L, 101, "A", 1, 7)
                .rating(monday + 62 * 60_000L, 100, 1, 7, "SATISFIED").rating(monday + 102 * 60_000L, 101, 1, 7, "DISSATISFIED");
        ok(hub.call("POST", "/hub/v1/ingest", bdToken, past.batch("BD")));

        // today at BD: three visitors waiting since 09:35, 09:45 and 09:50, one of them called; two counters open
        long today = Instant.parse("2026-03-04T02:35:00Z").toEpochMilli();
        ok(hub.call("POST", "/hub/v1/ingest", bdToken, new Events(1000).counter(today, 1, "OPEN", 7).counter(today, 2, "PAUSED", 8)
                .counter(today, 3, "CLOSED", 9).issued(today, 500, "A").issued(today + 10 * 60_000L, 501, "A")
                .issued(today + 15 * 60_000L, 502, "A").called(today + 16 * 60_000L, 500, "A", 1, 7).batch("BD")));
        ok(hub.call("POST", "/hub/v1/ingest", hk, new Events(1).issued(today, 1, "A").batch("HK")));
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private static TestHub.Response ok(TestHub.Response r) {
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        return r;
    }

    @Test
    void rolesDecideWhichCentresAManagerSees() {
        assertThat(hub.call("GET", "/hub/v1/centres", null, null).status()).isEqualTo(401);
        assertThat(hub.call("GET", "/hub/v1/centres", bdToken, null).status()).as("an upstream token is no login").isEqualTo(401);
        assertThat(hub.call("POST", "/api/v1/auth/login", null, "{\"username\":\"tinh\",\"password\":\"wrong-one\"}").status())
                .isEqualTo(401);
        assertThat(ok(hub.call("GET", "/hub/v1/centres", province, null)).body()).extracting(c -> c.get("code").asText())
                .containsExactly("BD", "HK");
        assertThat(ok(hub.call("GET", "/hub/v1/centres", managerBd, null)).body()).extracting(c -> c.get("code").asText())
                .containsExactly("BD");
        assertThat(hub.call("GET", "/hub/v1/report?from=2026-03-02&to=2026-03-04&centre=HK", managerBd, null).status())
                .isEqualTo(403);
        JsonNode own = ok(hub.call("GET", "/hub/v1/report?from=2026-03-02&to=2026-03-02", managerBd, null)).body();
        assertThat(own.get("centreName").asText()).isEqualTo("UBND phường Ba Đình");
        assertThat(ok(hub.call("GET", "/hub/v1/province?from=2026-03-02&to=2026-03-04", managerBd, null)).body().get("centres"))
                .hasSize(1);
        assertThat(ok(hub.call("GET", "/hub/v1/province?from=2026-03-02&to=2026-03-04", province, null)).body().get("centres"))
                .hasSize(2);
        assertThat(hub.call("GET", "/hub/v1/report?centre=NOPE", province, null).status()).isEqualTo(404);
        assertThat(hub.call("GET", "/hub/v1/report?from=2026-02-30", province, null).status()).isEqualTo(400);
    }

    @Test
    void theCentresLiveStateAndUpstreamFreshness() {
        JsonNode bd = ok(hub.call("GET", "/hub/v1/centres", province, null)).body().get(0);
        assertThat(bd.get("name").asText()).isEqualTo("UBND phường Ba Đình");
        assertThat(bd.get("waitingNow").asInt()).isEqualTo(2);
        assertThat(bd.get("longestWaitMinutes").asDouble()).isEqualTo(15.0); // 09:45 → 10:00
        assertThat(bd.get("countersOpen").asInt()).isEqualTo(2); // OPEN and PAUSED
        assertThat(bd.get("visitsToday").asInt()).isEqualTo(3);
        assertThat(bd.get("lastEventAt").asText()).startsWith("2026-03-04T09:51");
        assertThat(bd.get("upstreamLagSeconds").asLong()).isZero();
        assertThat(bd.get("alerts")).isEmpty();
        CLOCK.advance(Duration.ofMinutes(6));
        try {
            JsonNode later = ok(hub.call("GET", "/hub/v1/centres", province, null)).body().get(0);
            assertThat(later.get("upstreamLagSeconds").asLong()).isEqualTo(360);
            assertThat(later.get("stale").asBoolean()).isTrue();
            assertThat(later.get("alerts")).extracting(a -> a.get("kind").asText()).containsExactly("wait", "upstream");
            assertThat(later.get("alerts").get(0).get("messageVi").asText()).isEqualTo("Có người đã chờ 21 phút, vượt mục tiêu 15 phút");
        } finally {
            CLOCK.advance(Duration.ofMinutes(-6));
        }
    }

    @Test
    void theProvinceTableIsTheSameFoldedOrReplayed() {
        JsonNode replayed = ok(hub.call("GET", "/hub/v1/province?from=2026-03-02&to=2026-03-02", province, null)).body();
        JsonNode bd = replayed.get("centres").get(0);
        assertThat(bd.get("visits").asInt()).isEqualTo(4);
        assertThat(bd.get("waitWithinShare").asDouble()).isEqualTo(0.5); // 5 and 10 of 5 / 10 / 20 / 40
        assertThat(bd.get("processingWithinShare").asDouble()).isEqualTo(0.5); // 10 of 10 / 40
        assertThat(bd.get("satisfaction").asDouble()).isEqualTo(0.5);
        assertThat(bd.get("received").asInt()).isEqualTo(2);
        assertThat(bd.get("officerDays").asInt()).isEqualTo(1);
        assertThat(bd.get("normShare").asDouble()).isEqualTo(0.3125); // 2 × 250 / 1 / 1600
        assertThat(replayed.get("province").get("visits").asInt()).isEqualTo(4);

        DayFolder folder = new DayFolder(HubDatabase.open(hub.jdbc, "postgres", null, 1), CLOCK);
        assertThat(folder.foldSome(100)).isPositive();
        JsonNode folded = ok(hub.call("GET", "/hub/v1/province?from=2026-03-02&to=2026-03-02", province, null)).body();
        assertThat(folded.get("centres")).isEqualTo(replayed.get("centres"));
        assertThat(folded.get("province")).isEqualTo(replayed.get("province"));
    }

    @Test
    void thePageAndTheExcelExport() throws Exception {
        TestHub.Response page = hub.call("GET", "/hub", null, null);
        assertThat(page.status()).isEqualTo(200);
        String html = new String(page.raw(), StandardCharsets.UTF_8);
        assertThat(html).contains("lang=\"vi\"").contains("Toàn tỉnh").contains("/hub/hub.js").contains("/hub/hub.css");
        assertThat(hub.call("GET", "/hub/hub.js", null, null).status()).isEqualTo(200);
        assertThat(hub.call("GET", "/hub/hub.css", null, null).type()).startsWith("text/css");

        assertThat(hub.call("GET", "/hub/v1/province.xlsx?from=2026-03-02&to=2026-03-04", null, null).status()).isEqualTo(401);
        TestHub.Response xlsx = hub.call("GET", "/hub/v1/province.xlsx?from=2026-03-02&to=2026-03-04", province, null);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Toàn tỉnh");
            Row bd = sheet.getRow(3);
            assertThat(bd.getCell(0).getStringCellValue()).isEqualTo("BD");
            assertThat(bd.getCell(1).getStringCellValue()).isEqualTo("UBND phường Ba Đình");
            assertThat(bd.getCell(4).getNumericCellValue()).isEqualTo(7.0); // 4 on Monday, 3 today
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("UBND phường Hoàn Kiếm");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).startsWith("Toàn tỉnh");
            assertThat(sheet.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(8.0);
        }
    }
}

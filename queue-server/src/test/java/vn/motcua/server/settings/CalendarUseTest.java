package vn.motcua.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;

/** The centre's calendar managed through the API and used by the reports' working days. */
class CalendarUseTest {
    private TestCentre centre;
    private String manager;

    @BeforeEach
    void start() throws Exception {
        centre = new TestCentre(new MutableClock(Instant.parse("2026-03-02T01:00:00Z")));
        manager = centre.managerToken();
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private int workingDaysPerYear() {
        return centre.call("GET", "/api/v1/reports/summary?from=2026-03-02&to=2026-03-02", manager, null).body()
                .get("productivity").get("workingDaysPerYear").asInt();
    }

    @Test
    void theYearsWorkingDaysComeFromTheCalendarOnceItCoversTheYear() {
        assertThat(workingDaysPerYear()).isEqualTo(250);
        // a calendar that lists a day both closed and worked is refused whole, and changes nothing
        TestCentre.Response bad = centre.call("PUT", "/api/v1/calendar", manager, "{\"closed\":[{\"date\":\"2026-04-30\","
                + "\"reasonVi\":\"Ngày Giải phóng\",\"reasonEn\":\"Reunification Day\"}],\"makeUpDays\":[\"2026-04-30\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/calendar", null, null).body().get("closed")).isEmpty();
        assertThat(centre.call("PUT", "/api/v1/calendar", centre.officerAt(2), "{\"closed\":[],\"makeUpDays\":[]}").status())
                .isEqualTo(403);

        // 2026: 261 weekdays; 11 weekday holidays (1 Jan, Tết 16–20 Feb, 27 Apr, 30 Apr, 1 May, 1–2 Sep), one make-up Saturday
        List<String> holidays = List.of("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02");
        StringBuilder body = new StringBuilder("{\"closed\":[");
        for (int i = 0; i < holidays.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"date\":\"").append(holidays.get(i))
                    .append("\",\"reasonVi\":\"Nghỉ lễ\",\"reasonEn\":\"Public holiday\"}");
        }
        body.append("],\"makeUpDays\":[\"2026-02-07\"]}");
        assertThat(centre.call("PUT", "/api/v1/calendar", manager, body.toString()).status()).isEqualTo(200);
        JsonNode cal = centre.call("GET", "/api/v1/calendar", null, null).body();
        assertThat(cal.get("closed")).hasSize(11);
        assertThat(workingDaysPerYear()).isEqualTo(261 - 11 + 1);

        // a figure the manager set by hand wins over the calendar
        assertThat(centre.call("PUT", "/api/v1/reports/settings", manager, "{\"workingDaysPerYear\":248}").status()).isEqualTo(200);
        assertThat(workingDaysPerYear()).isEqualTo(248);
    }
}

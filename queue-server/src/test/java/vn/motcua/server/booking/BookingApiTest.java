package vn.motcua.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.server.retention.RetentionJob;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre;

/** Booking over real HTTP on a temp SQLite file: slots, limits, check-in window, calling at the slot, no-shows. */
class BookingApiTest extends CentreOnTestClock {
    /** Monday 7 December 2026, 07:30 in Hồ Chí Minh City. */
    private static final Instant MONDAY_0730 = Instant.parse("2026-12-07T00:30:00Z");

    BookingApiTest() {
        super(MONDAY_0730);
    }

    private TestCentre.Response book(String service, String start, String phone) {
        return centre.call("POST", "/api/v1/bookings", null,
                "{\"service\":\"" + service + "\",\"start\":\"" + start + "\",\"phone\":\"" + phone + "\"}");
    }

    @Test
    void slotsFollowOpeningHoursCountersAndTheCalendar() {
        TestCentre.Response monday = centre.call("GET", "/api/v1/bookings/slots?service=A&date=2026-12-07", null, null);
        assertThat(monday.status()).isEqualTo(200);
        // 07:30 has begun, so the first slot left is 08:00; 3 counters × (30 ÷ 8 min) × (1 − 0.5 walk-in share) = 4
        assertThat(monday.body().get(0).get("start").asText()).isEqualTo("2026-12-07T08:00:00+07:00");
        assertThat(monday.body().get(0).get("end").asText()).isEqualTo("2026-12-07T08:30:00+07:00");
        assertThat(monday.body().get(0).get("free").asInt()).isEqualTo(4);
        assertThat(monday.body()).hasSize(7 + 7); // 08:00..11:00 and 13:30..16:30
        assertThat(centre.call("GET", "/api/v1/bookings/slots?service=A&date=2026-12-12", null, null).body()).isEmpty();
        assertThat(centre.call("GET", "/api/v1/bookings/slots?service=A&date=2026-12-06", null, null).body()).isEmpty();

        JsonNode days = centre.call("GET", "/api/v1/bookings/days?service=A", null, null).body();
        assertThat(days.get(0).get("date").asText()).isEqualTo("2026-12-07");
        assertThat(days.get(0).get("free").asInt()).isEqualTo(14 * 4);
        assertThat(days.get(5).get("date").asText()).isEqualTo("2026-12-14"); // Monday to Friday, then the next Monday
        String manager = centre.managerToken();
        TestCentre.Response put = centre.call("PUT", "/api/v1/calendar", manager, "{\"closed\":[{\"date\":\"2026-12-08\","
                + "\"reasonVi\":\"Nghỉ bù\",\"reasonEn\":\"Day off\"}],\"makeUpDays\":[\"2026-12-12\"]}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(centre.call("GET", "/api/v1/bookings/slots?service=A&date=2026-12-08", null, null).body()).isEmpty();
        assertThat(centre.call("GET", "/api/v1/bookings/slots?service=A&date=2026-12-12", null, null).body()).hasSize(15);
        assertThat(centre.call("PUT", "/api/v1/calendar", manager, "{\"closed\":[{\"date\":\"2026-12-12\"}],"
                + "\"makeUpDays\":[\"2026-12-12\"]}").status()).isEqualTo(400);
        assertThat(centre.call("PUT", "/api/v1/calendar", null, "{}").status()).isEqualTo(401);
        assertThat(centre.call("GET", "/api/v1/bookings/slots?service=Z&date=2026-12-07", null, null).status()).isEqualTo(400);
        assertThat(centre.call("GET", "/api/v1/bookings/slots?service=A&date=7/12", null, null).status()).isEqualTo(400);
    }

    @Test
    void aCounterStaffedOnlyInTheMorningLowersTheAfternoonSlotsAndABadShiftChangesNothing() {
        int counter = centre.app.components().db().read(c -> vn.motcua.server.storage.Sql.list(c,
                "SELECT counter_number FROM counter_service WHERE service_code = 'A' ORDER BY counter_number", r -> r.getInt(1))).get(0);
        String manager = centre.managerToken();
        String settings = centre.call("GET", "/api/v1/bookings/settings", null, null).body().toString();
        TestCentre.Response bad = centre.call("PUT", "/api/v1/bookings/settings", manager, settings.replace("\"counterShifts\":[]",
                "\"counterShifts\":[{\"counter\":" + counter + ",\"from\":\"11:30\",\"to\":\"07:30\"}]"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(settings).contains("\"counterShifts\":[]");
        assertThat(bad.body().toString()).contains("counter " + counter + " needs 'from' before 'to'");
        assertThat(centre.call("GET", "/api/v1/bookings/settings", null, null).body().toString()).isEqualTo(settings);

        TestCentre.Response put = centre.call("PUT", "/api/v1/bookings/settings", manager, settings.replace("\"counterShifts\":[]",
                "\"counterShifts\":[{\"counter\":" + counter + ",\"days\":[\"MONDAY\"],\"from\":\"07:30\",\"to\":\"11:30\"}]"));
        assertThat(put.status()).isEqualTo(200);
        JsonNode monday = centre.call("GET", "/api/v1/bookings/slots?service=A&date=2026-12-07", null, null).body();
        // mornings: 3 counters × 3 × 0.5 = 4; afternoons the counter is away: 2 × 3 × 0.5 = 3
        assertThat(monday.get(0).get("free").asInt()).isEqualTo(4);
        assertThat(monday.get(7).get("start").asText()).isEqualTo("2026-12-07T13:30:00+07:00");
        assertThat(monday.get(7).get("free").asInt()).isEqualTo(3);
        // Tuesday is not its day: 3 all day
        assertThat(centre.call("GET", "/api/v1/bookings/slots?service=A&date=2026-12-08", null, null).body().get(0)
                .get("free").asInt()).isEqualTo(3);
    }

    @Test
    void bookingGivesAnUnguessableCodeMasksThePhoneAndRefusesFullPastAndTooMany() {
        TestCentre.Response ok = book("C", "2026-12-07T09:00:00+07:00", "0912 345 678");
        assertThat(ok.status()).isEqualTo(201);
        String code = ok.body().get("code").asText();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(ok.body().get("start").asText()).isEqualTo("2026-12-07T09:00:00+07:00");
        assertThat(ok.body().get("service").asText()).isEqualTo("C");
        assertThat(ok.body().get("qrUrl").asText()).endsWith("/api/v1/bookings/" + code + "/qr.png");
        // The code and the link hold random letters and the test server's port, which may hold "345" by chance.
        JsonNode withoutRandom = ok.body().deepCopy();
        ((ObjectNode) withoutRandom).remove(List.of("code", "qrUrl"));
        assertThat(withoutRandom.toString()).contains("091****678").doesNotContain("345");

        JsonNode view = centre.call("GET", "/api/v1/bookings/" + code.toLowerCase(), null, null).body();
        assertThat(view.get("phone").asText()).isEqualTo("091****678");
        assertThat(view.get("state").asText()).isEqualTo("BOOKED");
        assertThat(view.get("checkInFrom").asText()).isEqualTo("2026-12-07T08:45:00+07:00");
        assertThat(view.get("checkInUntil").asText()).isEqualTo("2026-12-07T09:10:00+07:00");
        assertThat(centre.status("GET", "/api/v1/bookings/" + code + "/qr.png", null, "image/png").code()).isEqualTo(200);

        // service C: 2 counters × (30 ÷ 12 min) × 0.5 = 2 places per slot
        assertThat(book("C", "2026-12-07T09:00:00+07:00", "0987654321").status()).isEqualTo(201);
        TestCentre.Response full = book("C", "2026-12-07T09:00:00+07:00", "0977000111");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.body().get("error").get("code").asText()).isEqualTo("slot_full");
        assertThat(centre.call("GET", "/api/v1/bookings/slots?service=C&date=2026-12-07", null, null).body().get(2)
                .get("free").asInt()).isZero();

        assertThat(book("C", "2026-12-07T07:30:00+07:00", "0977000111").body().get("error").get("code").asText())
                .isEqualTo("slot_past");
        assertThat(book("C", "2026-12-07T09:10:00+07:00", "0977000111").status()).isEqualTo(400); // not a slot
        assertThat(book("C", "2026-12-07T10:00:00+07:00", "12345").status()).isEqualTo(400);

        assertThat(book("A", "2026-12-07T10:00:00+07:00", "+84912345678").status()).isEqualTo(201); // same phone, 2nd
        TestCentre.Response third = book("A", "2026-12-07T10:30:00+07:00", "0912345678");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().get("error").get("code").asText()).isEqualTo("booking_limit");

        assertThat(centre.call("GET", "/api/v1/bookings/ABCDEFGHJK", null, null).status()).isEqualTo(404);
        assertThat(centre.call("GET", "/api/v1/bookings/x", null, null).status()).isEqualTo(400);
    }

    @Test
    void anAddressThatKeepsBookingIsThrottled() {
        int last = 0;
        for (int i = 0; i < 11; i++) {
            last = book("A", "2026-12-08T08:00:00+07:00", "09000000" + String.format("%02d", i)).status();
        }
        assertThat(last).isEqualTo(429);
    }

    @Test
    void checkInOnlyInsideTheWindowThenCalledAtTheSlotAheadOfWalkIns() {
        String code = book("A", "2026-12-07T08:00:00+07:00", "0912345678").body().get("code").asText();
        String kiosk = centre.kioskToken();
        TestCentre.Response early = centre.call("POST", "/api/v1/bookings/" + code + "/check-in", kiosk, null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("error").get("code").asText()).isEqualTo("too_early");
        assertThat(early.body().get("error").get("message").asText()).startsWith("Bạn đến sớm").contains("07:45").contains("08:10");
        assertThat(centre.call("POST", "/api/v1/bookings/" + code + "/check-in", null, null).status()).isEqualTo(401);

        clock.advance(Duration.ofMinutes(18)); // 07:48
        TestCentre.Response ticket = centre.call("POST", "/api/v1/bookings/" + code + "/check-in", kiosk, null);
        assertThat(ticket.status()).isEqualTo(201);
        assertThat(ticket.body().get("category").asText()).isEqualTo("APPOINTMENT");
        assertThat(centre.call("POST", "/api/v1/bookings/" + code + "/check-in", kiosk, null).status()).isEqualTo(409);
        assertThat(centre.call("DELETE", "/api/v1/bookings/" + code, null, null).status()).isEqualTo(409);
        TestCentre.Response walkIn = centre.issue("A", "NORMAL"); // 07:48, after the booked visitor checked in
        clock.advance(Duration.ofMinutes(7)); // 07:55

        String officer = centre.officerAt(2);
        // before the slot the walk-in is called although the booked visitor checked in first
        JsonNode first = centre.call("POST", "/api/v1/counters/2/next", officer, null).body();
        assertThat(first.get("id").asLong()).isEqualTo(walkIn.body().get("id").asLong());
        finish(officer, first.get("id").asLong());
        TestCentre.Response secondWalkIn = centre.issue("A", "NORMAL"); // 07:55
        clock.advance(Duration.ofMinutes(5)); // 08:00, the slot
        JsonNode second = centre.call("POST", "/api/v1/counters/2/next", officer, null).body();
        assertThat(second.get("id").asLong()).isEqualTo(ticket.body().get("id").asLong());
        finish(officer, second.get("id").asLong());
        assertThat(centre.call("POST", "/api/v1/counters/2/next", officer, null).body().get("id").asLong())
                .isEqualTo(secondWalkIn.body().get("id").asLong());
        assertThat(centre.call("GET", "/api/v1/bookings/" + code, null, null).body().get("ticketId").asLong())
                .isEqualTo(ticket.body().get("id").asLong());
    }

    private void finish(String officer, long id) {
        assertThat(centre.call("POST", "/api/v1/tickets/" + id + "/start", officer, null).status()).isEqualTo(200);
        assertThat(centre.call("POST", "/api/v1/tickets/" + id + "/finish", officer, "{\"outcome\":\"RECEIVED\"}").status())
                .isEqualTo(200);
    }

    @Test
    void lateCheckInIsRefusedAndCountsAsANoShowCancelledDoesNotAndThePhoneGoesAfterADay() {
        String late = book("A", "2026-12-07T08:00:00+07:00", "0912345678").body().get("code").asText();
        String cancelled = book("B", "2026-12-07T08:00:00+07:00", "0987654321").body().get("code").asText();
        assertThat(centre.call("DELETE", "/api/v1/bookings/" + cancelled, null, null).body().get("state").asText())
                .isEqualTo("CANCELLED");
        assertThat(centre.call("DELETE", "/api/v1/bookings/" + cancelled, null, null).status()).isEqualTo(409);
        clock.advance(Duration.ofMinutes(41)); // 08:11, one minute past the window
        TestCentre.Response r = centre.call("POST", "/api/v1/bookings/" + late + "/check-in", centre.kioskToken(), null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().get("error").get("code").asText()).isEqualTo("too_late");
        assertThat(r.body().get("error").get("message").asText()).contains("lấy số thường");
        assertThat(centre.call("GET", "/api/v1/bookings/" + late, null, null).body().get("noShow").asBoolean()).isTrue();

        JsonNode report = centre.call("GET", "/api/v1/reports/bookings?from=2026-12-07&to=2026-12-07",
                centre.managerToken(), null).body();
        assertThat(report.get("booked").asInt()).isEqualTo(2);
        assertThat(report.get("noShows").asInt()).isEqualTo(1);
        assertThat(report.get("cancelled").asInt()).isEqualTo(1);
        assertThat(centre.call("GET", "/api/v1/reports/bookings?from=2026-12-07&to=2026-12-07", null, null).status())
                .isEqualTo(401);

        var db = centre.app.components().db();
        RetentionJob job = new RetentionJob(db, clock, 30);
        assertThat(job.run().bookingPhones()).isEqualTo(1); // the cancelled one at once
        clock.advance(Duration.ofDays(1));
        assertThat(job.run().bookingPhones()).isZero(); // a day after 08:11, but not yet a day after the slot's end 08:30
        clock.advance(Duration.ofMinutes(20));
        assertThat(job.run().bookingPhones()).isEqualTo(1);
        long left = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM booking WHERE phone IS NOT NULL"));
        assertThat(left).isZero();
        assertThat(centre.call("GET", "/api/v1/bookings/" + late, null, null).body().get("phone").isNull()).isTrue();
    }
}

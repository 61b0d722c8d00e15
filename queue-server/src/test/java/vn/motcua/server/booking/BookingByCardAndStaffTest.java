package vn.motcua.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.server.retention.RetentionJob;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre;

/**
 * Over real HTTP on a temp SQLite file: a booking found from the ID card at the kiosk (number never stored nor
 * answered whole, reads audited, looked-up numbers throttled), booked by staff on a citizen's behalf, moved by
 * code under the same limits, and checked in early to wait; booked on the public page by the card's number alone,
 * a number no card can carry (length, province, century and year digits) refused naming the field.
 */
class BookingByCardAndStaffTest extends CentreOnTestClock {
    private static final Instant MONDAY_0730 = Instant.parse("2026-12-07T00:30:00Z");
    private static final String NUMBER = "001090123456";
    /** Typed on the public page: TP Hồ Chí Minh, a woman born in 2003. */
    private static final String TYPED = "079303001234";

    BookingByCardAndStaffTest() {
        super(MONDAY_0730);
    }

    private TestCentre.Response book(String token, String body) {
        return centre.call("POST", "/api/v1/bookings", token, body);
    }

    private TestCentre.Response today(String number) {
        return centre.call("POST", "/api/v1/bookings/today", centre.kioskToken(), "{\"personalNumber\":\"" + number + "\"}");
    }

    @Test
    void theKioskFindsTodaysBookingFromTheCardWithoutTheNumberBeingStoredOrAnswered() {
        TestCentre.Response booked = book(null, "{\"service\":\"A\",\"start\":\"2026-12-07T08:30:00+07:00\",\"phone\":\"0912345678\","
                + "\"personalNumber\":\"" + NUMBER + "\"}");
        assertThat(booked.status()).isEqualTo(201);
        String code = booked.body().get("code").asText();
        assertThat(book(null, "{\"service\":\"B\",\"start\":\"2026-12-08T08:30:00+07:00\",\"phone\":\"0912345678\","
                + "\"personalNumber\":\"" + NUMBER + "\"}").status()).isEqualTo(201); // tomorrow: not found today

        TestCentre.Response found = today(NUMBER);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).hasSize(1);
        assertThat(found.body().get(0).get("code").asText()).isEqualTo(code);
        assertThat(found.body().get(0).get("service").asText()).isEqualTo("A");
        assertThat(found.body().get(0).get("personalNumber").asText()).isEqualTo("********3456");
        assertThat(found.body().toString()).doesNotContain(NUMBER);
        assertThat(today("001090999999").body()).isEmpty();
        assertThat(today("12345").status()).isEqualTo(400);
        assertThat(centre.call("POST", "/api/v1/bookings/today", null, "{\"personalNumber\":\"" + NUMBER + "\"}").status())
                .isEqualTo(401);
        assertThat(centre.call("POST", "/api/v1/bookings/today", centre.managerToken(),
                "{\"personalNumber\":\"" + NUMBER + "\"}").status()).isEqualTo(403);
        assertThat(centre.call("GET", "/api/v1/bookings/" + code, null, null).body().get("personalNumber").asText())
                .isEqualTo("********3456");

        var db = centre.app.components().db();
        long stored = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM booking WHERE person_key LIKE ? OR person_masked LIKE ? "
                + "OR phone LIKE ?", "%" + NUMBER + "%", "%" + NUMBER + "%", "%" + NUMBER + "%"));
        assertThat(stored).isZero();
        long reads = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM audit WHERE path = '/api/v1/bookings/today' AND role = 'kiosk'"));
        assertThat(reads).isEqualTo(3); // two answered, one refused (bad number); the 401 and 403 had no kiosk

        // the check-in the card found, then the same card finds nothing left for today
        clock.advance(Duration.ofMinutes(46)); // 08:16, in the window 08:15..08:40
        TestCentre.Response ticket = centre.call("POST", "/api/v1/bookings/" + code + "/check-in", centre.kioskToken(), null);
        assertThat(ticket.status()).isEqualTo(201);
        assertThat(today(NUMBER).body()).isEmpty();

        clock.advance(Duration.ofDays(3)); // a day after both slots
        new RetentionJob(db, clock, 30).run();
        long kept = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM booking WHERE person_key IS NOT NULL OR person_masked IS NOT NULL"));
        assertThat(kept).isZero();
    }

    @Test
    void aKioskWalkingThroughNumbersIsThrottled() {
        int last = 0;
        for (int i = 0; i < 31; i++) {
            last = today(String.format("0010900000%02d", i)).status();
        }
        assertThat(last).isEqualTo(429);
    }

    @Test
    void anOfficerBooksForACitizenByNumberAloneUnderTheSameLimits() {
        String officer = centre.officerAt(2);
        String body = "{\"service\":\"A\",\"start\":\"2026-12-07T09:00:00+07:00\",\"personalNumber\":\"" + NUMBER + "\"}";
        TestCentre.Response r = book(officer, body);
        assertThat(r.status()).isEqualTo(201);
        JsonNode view = centre.call("GET", "/api/v1/bookings/" + r.body().get("code").asText(), null, null).body();
        assertThat(view.get("byStaff").asBoolean()).isTrue();
        assertThat(view.get("phone").isNull()).isTrue();
        assertThat(book(null, "{\"service\":\"A\",\"start\":\"2026-12-07T09:00:00+07:00\"}").status())
                .isEqualTo(400); // neither a phone nor a number: nothing identifies it
        assertThat(book(officer, body.replace("09:00", "09:30")).status()).isEqualTo(201);
        TestCentre.Response third = book(officer, body.replace("09:00", "10:00"));
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().get("error").get("code").asText()).isEqualTo("booking_limit");
        assertThat(book(officer, body.replace("09:00", "07:00")).body().get("error").get("code").asText()).isEqualTo("slot_past");
        long audited = centre.app.components().db().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM audit WHERE path = '/api/v1/bookings' AND role = 'officer'"));
        assertThat(audited).isEqualTo(4);
    }

    @Test
    void aBookingMovesByCodeKeepingItAndTheLimitsHold() {
        String code = book(null, "{\"service\":\"C\",\"start\":\"2026-12-07T09:00:00+07:00\",\"phone\":\"0912345678\"}")
                .body().get("code").asText();
        // fill 10:00 of service C (2 places)
        book(null, "{\"service\":\"C\",\"start\":\"2026-12-07T10:00:00+07:00\",\"phone\":\"0900000001\"}");
        book(null, "{\"service\":\"C\",\"start\":\"2026-12-07T10:00:00+07:00\",\"phone\":\"0900000002\"}");
        TestCentre.Response full = centre.call("POST", "/api/v1/bookings/" + code + "/move", null,
                "{\"start\":\"2026-12-07T10:00:00+07:00\"}");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.body().get("error").get("code").asText()).isEqualTo("slot_full");
        assertThat(centre.call("POST", "/api/v1/bookings/" + code + "/move", null,
                "{\"start\":\"2026-12-07T07:00:00+07:00\"}").body().get("error").get("code").asText()).isEqualTo("slot_past");
        assertThat(centre.call("POST", "/api/v1/bookings/" + code + "/move", null, "{\"start\":\"2026-12-07T09:00:00+07:00\"}")
                .status()).isEqualTo(200); // onto its own slot, though the slot holds it

        TestCentre.Response moved = centre.call("POST", "/api/v1/bookings/" + code + "/move", null,
                "{\"service\":\"A\",\"start\":\"2026-12-08T14:00:00+07:00\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("code").asText()).isEqualTo(code);
        assertThat(moved.body().get("service").asText()).isEqualTo("A");
        assertThat(moved.body().get("start").asText()).isEqualTo("2026-12-08T14:00:00+07:00");
        JsonNode slots = centre.call("GET", "/api/v1/bookings/slots?service=C&date=2026-12-07", null, null).body();
        for (JsonNode s : slots) {
            if (s.get("start").asText().equals("2026-12-07T09:00:00+07:00")) {
                assertThat(s.get("free").asInt()).isEqualTo(2); // the old place is free again
            }
        }
        // the phone already holds 2 on the 8th: a third moved there is refused
        book(null, "{\"service\":\"B\",\"start\":\"2026-12-08T08:00:00+07:00\",\"phone\":\"0912345678\"}");
        String other = book(null, "{\"service\":\"B\",\"start\":\"2026-12-07T15:00:00+07:00\",\"phone\":\"0912345678\"}")
                .body().get("code").asText();
        assertThat(centre.call("POST", "/api/v1/bookings/" + other + "/move", null,
                "{\"start\":\"2026-12-08T15:00:00+07:00\"}").body().get("error").get("code").asText()).isEqualTo("booking_limit");
        assertThat(centre.call("DELETE", "/api/v1/bookings/" + code, null, null).status()).isEqualTo(200);
        assertThat(centre.call("POST", "/api/v1/bookings/" + code + "/move", null, "{\"start\":\"2026-12-08T15:00:00+07:00\"}")
                .status()).isEqualTo(409);
        assertThat(centre.call("POST", "/api/v1/bookings/" + other + "/move", null, "{\"start\":\"nope\"}").status()).isEqualTo(400);
    }

    @Test
    void anEarlyCitizenOnTheDayMayTakeTheTicketToWaitButNotTheDayBefore() {
        String code = book(null, "{\"service\":\"A\",\"start\":\"2026-12-07T10:00:00+07:00\",\"phone\":\"0912345678\"}")
                .body().get("code").asText();
        String tomorrow = book(null, "{\"service\":\"A\",\"start\":\"2026-12-08T10:00:00+07:00\",\"phone\":\"0987654321\"}")
                .body().get("code").asText();
        TestCentre.Response early = centre.call("POST", "/api/v1/bookings/" + code + "/check-in", centre.kioskToken(), null);
        assertThat(early.body().get("error").get("code").asText()).isEqualTo("too_early");
        assertThat(early.body().get("error").get("message").asText()).contains("hoặc lấy số ngay và chờ đến giờ hẹn");
        TestCentre.Response notTomorrow = centre.call("POST", "/api/v1/bookings/" + tomorrow + "/check-in", centre.kioskToken(),
                "{\"waitIfEarly\":true}");
        assertThat(notTomorrow.status()).isEqualTo(409);
        assertThat(notTomorrow.body().get("error").get("message").asText()).doesNotContain("lấy số ngay");
        TestCentre.Response waiting = centre.call("POST", "/api/v1/bookings/" + code + "/check-in", centre.kioskToken(),
                "{\"waitIfEarly\":true}");
        assertThat(waiting.status()).isEqualTo(201);
        assertThat(waiting.body().get("category").asText()).isEqualTo("APPOINTMENT");
        assertThat(centre.call("POST", "/api/v1/bookings/" + tomorrow + "/check-in", centre.kioskToken(), "{\"wait\":1}")
                .status()).isEqualTo(400);
    }

    @Test
    void appointmentsNotCheckedInByTheEndOfTheirWindowAreNoShowsInTheSummary() {
        String came = book(null, "{\"service\":\"A\",\"start\":\"2026-12-07T08:00:00+07:00\",\"phone\":\"0912345678\"}")
                .body().get("code").asText();
        book(null, "{\"service\":\"A\",\"start\":\"2026-12-07T08:30:00+07:00\",\"phone\":\"0987654321\"}");
        book(null, "{\"service\":\"B\",\"start\":\"2026-12-07T08:00:00+07:00\",\"phone\":\"0977111222\"}");
        book(null, "{\"service\":\"A\",\"start\":\"2026-12-07T15:00:00+07:00\",\"phone\":\"0966111222\"}");
        clock.advance(Duration.ofMinutes(20)); // 07:50
        assertThat(centre.call("POST", "/api/v1/bookings/" + came + "/check-in", centre.kioskToken(), null).status()).isEqualTo(201);
        String q = "/api/v1/reports/summary?from=2026-12-07&to=2026-12-07";

        JsonNode before = centre.call("GET", q, centre.managerToken(), null).body().get("appointments");
        assertThat(before.get("noShows").asInt()).isZero(); // 08:00 of B is still inside its window at 07:50
        clock.advance(Duration.ofMinutes(51)); // 08:41: the 08:00 and 08:30 windows have ended (until 08:10 and 08:40)
        JsonNode all = centre.call("GET", q, centre.managerToken(), null).body().get("appointments");
        assertThat(all.get("booked").asInt()).isEqualTo(4);
        assertThat(all.get("checkedIn").asInt()).isEqualTo(1);
        assertThat(all.get("noShows").asInt()).isEqualTo(2);
        assertThat(all.get("pending").asInt()).isEqualTo(1);
        assertThat(all.get("noShowRate").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode onlyA = centre.call("GET", q + "&service=A", centre.managerToken(), null).body().get("appointments");
        assertThat(onlyA.get("booked").asInt()).isEqualTo(3);
        assertThat(onlyA.get("noShows").asInt()).isEqualTo(1);
    }

    private TestCentre.Response bookByNumber(String time, String number) {
        return centre.call("POST", "/api/v1/bookings", null, "{\"service\":\"A\",\"start\":\"2026-12-07T" + time
                + ":00+07:00\",\"personalNumber\":\"" + number + "\"}");
    }

    private long bookings() {
        return centre.app.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM booking"));
    }

    @Test
    void theCitizenBooksByTheCardNumberAloneAndSeesItOnlyMasked() {
        TestCentre.Response r = bookByNumber("08:30", "0793 0300 1234");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("personalNumber").asText()).isEqualTo("********1234");
        assertThat(r.body().get("phone").isNull()).isTrue();
        assertThat(r.body().toString()).doesNotContain(TYPED);
        String code = r.body().get("code").asText();
        TestCentre.Response view = centre.call("GET", "/api/v1/bookings/" + code, null, null);
        assertThat(view.body().get("personalNumber").asText()).isEqualTo("********1234");
        assertThat(view.body().toString()).doesNotContain(TYPED);
        long stored = centre.app.components().db().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM booking WHERE person_key LIKE ? OR person_masked LIKE ?", "%" + TYPED + "%", "%" + TYPED + "%"));
        assertThat(stored).isZero();

        // the kiosk finds it from the card, and checks it in
        TestCentre.Response found = centre.call("POST", "/api/v1/bookings/today", centre.kioskToken(),
                "{\"personalNumber\":\"" + TYPED + "\"}");
        assertThat(found.body()).hasSize(1);
        assertThat(found.body().get(0).get("code").asText()).isEqualTo(code);
        clock.advance(Duration.ofMinutes(46)); // 08:16, in the window 08:15..08:40
        assertThat(centre.call("POST", "/api/v1/bookings/" + code + "/check-in", centre.kioskToken(), null).status()).isEqualTo(201);
    }

    @Test
    void aNumberNoCardCanCarryIsRefusedNamingTheFieldAndBooksNothing() {
        String[][] refused = {
            {"07930300123", "12 chữ số"},     // 11 digits
            {"07930300123x", "12 chữ số"},    // a letter
            {"000303001234", "mã tỉnh"},      // no province 000
            {"003303001234", "mã tỉnh"},      // 003 was never a province code
            {"079403001234", "thế kỷ"},       // digit 4 = 4: born in the 2100s
            {"079299001234", "năm sinh"},     // 2/99: born 2099
        };
        for (String[] bad : refused) {
            TestCentre.Response r = bookByNumber("08:30", bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.body().get("error").get("code").asText()).isEqualTo("invalid_field");
            String message = r.body().get("error").get("message").asText();
            assertThat(message).as(bad[0]).contains(bad[1]).contains("personalNumber").doesNotContain(bad[0]);
        }
        assertThat(bookings()).isZero();
        // a good phone does not carry a bad number through
        TestCentre.Response both = centre.call("POST", "/api/v1/bookings", null,
                "{\"service\":\"A\",\"start\":\"2026-12-07T08:30:00+07:00\",\"phone\":\"0912345678\",\"personalNumber\":\"000303001234\"}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(bookings()).isZero();
    }

    @Test
    void theDailyLimitCountsPerNumberWhateverThePhone() {
        assertThat(bookByNumber("08:30", TYPED).status()).isEqualTo(201);
        assertThat(centre.call("POST", "/api/v1/bookings", null, "{\"service\":\"B\",\"start\":\"2026-12-07T09:00:00+07:00\","
                + "\"phone\":\"0912345678\",\"personalNumber\":\"" + TYPED + "\"}").status()).isEqualTo(201);
        TestCentre.Response third = bookByNumber("10:00", TYPED);
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().get("error").get("code").asText()).isEqualTo("booking_limit");
        assertThat(bookings()).isEqualTo(2);
    }
}

package vn.motcua.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.TestCentre;

/**
 * Over real HTTP on a temp SQLite file: the public page books by the ID card's number alone; a number no card
 * can carry (length, province, century and year digits) is refused naming the field and changes nothing; no
 * answer and no row holds the number whole; the daily limit counts per number; the kiosk finds it by card.
 */
class BookingByPersonalNumberTest {
    private static final Instant MONDAY_0730 = Instant.parse("2026-12-07T00:30:00Z");
    private static final String NUMBER = "079303001234";
    private MutableClock clock;
    private TestCentre centre;

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(MONDAY_0730);
        centre = new TestCentre(clock);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private TestCentre.Response book(String time, String number) {
        return centre.call("POST", "/api/v1/bookings", null, "{\"service\":\"A\",\"start\":\"2026-12-07T" + time
                + ":00+07:00\",\"personalNumber\":\"" + number + "\"}");
    }

    private long bookings() {
        return centre.app.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM booking"));
    }

    @Test
    void theCitizenBooksByTheCardNumberAloneAndSeesItOnlyMasked() {
        TestCentre.Response r = book("08:30", "0793 0300 1234");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("personalNumber").asText()).isEqualTo("********1234");
        assertThat(r.body().get("phone").isNull()).isTrue();
        assertThat(r.body().toString()).doesNotContain(NUMBER);
        String code = r.body().get("code").asText();
        TestCentre.Response view = centre.call("GET", "/api/v1/bookings/" + code, null, null);
        assertThat(view.body().get("personalNumber").asText()).isEqualTo("********1234");
        assertThat(view.body().toString()).doesNotContain(NUMBER);
        long stored = centre.app.components().db().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM booking WHERE person_key LIKE ? OR person_masked LIKE ?", "%" + NUMBER + "%", "%" + NUMBER + "%"));
        assertThat(stored).isZero();

        // the kiosk finds it from the card, and checks it in
        TestCentre.Response found = centre.call("POST", "/api/v1/bookings/today", centre.kioskToken(),
                "{\"personalNumber\":\"" + NUMBER + "\"}");
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
            TestCentre.Response r = book("08:30", bad[0]);
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
        assertThat(book("08:30", NUMBER).status()).isEqualTo(201);
        assertThat(centre.call("POST", "/api/v1/bookings", null, "{\"service\":\"B\",\"start\":\"2026-12-07T09:00:00+07:00\","
                + "\"phone\":\"0912345678\",\"personalNumber\":\"" + NUMBER + "\"}").status()).isEqualTo(201);
        TestCentre.Response third = book("10:00", NUMBER);
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().get("error").get("code").asText()).isEqualTo("booking_limit");
        assertThat(bookings()).isEqualTo(2);
    }
}

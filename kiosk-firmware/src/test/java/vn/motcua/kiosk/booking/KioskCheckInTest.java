package vn.motcua.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.QueueClient;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.client.booking.BookingConfirmation;
import vn.motcua.client.booking.BookingRequest;
import vn.motcua.kiosk.support.KioskRig;
import vn.motcua.kiosk.support.SimKioskTest;

/**
 * The kiosk process and a real server over HTTP, the server's clock set to a Monday morning: a booking QR
 * scanned in its window prints the APPOINTMENT ticket; early on the day the citizen is told when and may take
 * it to wait; late gets an ordinary ticket with the reason; a scanned ID card finds today's booking, and the
 * touch UI never sees the number.
 */
class KioskCheckInTest extends SimKioskTest {
    private static final String CARD = "027050000123||Lê Văn Hùng|30091950|Nam|Thôn Đông, xã Phù Chẩn, Bắc Ninh|10032021";
    /** Monday 7 December 2026, 07:50 in Hồ Chí Minh City. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T00:50:00Z"));
    private QueueClient citizen;

    @Override
    protected Clock serverClock() {
        return clock;
    }

    @BeforeEach
    void start() {
        citizen = new QueueClient(rig.serverUrl, null);
    }

    private String book(String service, String start, String phone, String number) {
        BookingConfirmation c = citizen.book(new BookingRequest(service, java.time.OffsetDateTime.parse(start), phone, number));
        return c.code();
    }

    private KioskRig.Reply checkIn(String text, boolean wait) throws Exception {
        return rig.kiosk("POST", "/local/bookings/check-in", rig.json(Map.of("code", text, "waitIfEarly", wait)));
    }

    private long printed() throws Exception {
        Path printer = dir.resolve("printer");
        if (!Files.exists(printer)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(printer)) {
            return files.filter(f -> f.toString().endsWith(".png")).count();
        }
    }

    @Test
    void inTheWindowEarlyAndLate() throws Exception {
        String inWindow = book("A", "2026-12-07T08:00:00+07:00", "0912345678", null);
        String later = book("A", "2026-12-07T10:00:00+07:00", "0987654321", null);
        String late = book("B", "2026-12-07T08:00:00+07:00", "0977111222", null);

        KioskRig.Reply issued = checkIn(rig.serverUrl + "/dat-lich?ma=" + inWindow, false);
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.body().get("outcome").asText()).isEqualTo("ISSUED");
        assertThat(issued.body().at("/ticket/category").asText()).isEqualTo("APPOINTMENT");
        assertThat(issued.body().at("/ticket/number").asText()).startsWith("A");
        assertThat(printed()).isEqualTo(1);
        assertThat(checkIn(inWindow, false).body().get("outcome").asText()).isEqualTo("REFUSED"); // used

        KioskRig.Reply early = checkIn(later, false);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("outcome").asText()).isEqualTo("EARLY");
        assertThat(early.body().get("canWait").asBoolean()).isTrue();
        assertThat(early.body().get("messageVi").asText()).startsWith("Bạn đến sớm").contains("09:45 đến 10:10");
        assertThat(early.body().get("messageEn").asText()).startsWith("Too early");
        assertThat(printed()).isEqualTo(1);
        KioskRig.Reply waiting = checkIn(later, true);
        assertThat(waiting.body().get("outcome").asText()).isEqualTo("ISSUED");
        assertThat(printed()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(25)); // 08:15, five minutes past B's window
        KioskRig.Reply walkIn = checkIn(late, false);
        assertThat(walkIn.status()).isEqualTo(201);
        assertThat(walkIn.body().get("outcome").asText()).isEqualTo("WALK_IN");
        assertThat(walkIn.body().at("/ticket/category").asText()).isEqualTo("NORMAL");
        assertThat(walkIn.body().at("/ticket/number").asText()).startsWith("B");
        assertThat(walkIn.body().get("messageVi").asText()).startsWith("Đã quá giờ nhận lịch hẹn").endsWith("in số thường cho quý khách.");
        assertThat(printed()).isEqualTo(3);

        assertThat(checkIn("ZZZZZZZZZZ", false).body().get("messageVi").asText()).startsWith("Không tìm thấy lịch hẹn");
        assertThat(checkIn("http://x/t/n/2026-12-07/A0001", false).body().get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(rig.kiosk("POST", "/local/bookings/check-in", "{\"code\":\"" + later + "\",\"waitIfEarly\":\"yes\"}").status())
                .isEqualTo(400);
    }

    @Test
    void aScannedCardFindsTodaysBookingAndTheScreenNeverSeesTheNumber() throws Exception {
        assertThat(rig.kiosk("POST", "/local/bookings/card", "{}").body().get("bookings")).isEmpty(); // no card yet
        String code = book("C", "2026-12-07T08:00:00+07:00", "0912345678", "027050000123");
        rig.kiosk("POST", "/local/sim/scan", rig.json(Map.of("payload", CARD)));
        JsonNode found = null;
        for (int i = 0; i < 50 && (found == null || found.isEmpty()); i++) {
            found = rig.kiosk("POST", "/local/bookings/card", "{}").body().get("bookings");
            Thread.sleep(100);
        }
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("code").asText()).isEqualTo(code);
        assertThat(found.get(0).get("personalNumber").asText()).isEqualTo("********0123");
        assertThat(found.toString()).doesNotContain("027050000123", "Hùng");
        assertThat(checkIn(code, false).body().get("outcome").asText()).isEqualTo("ISSUED");
        assertThat(rig.kiosk("POST", "/local/bookings/card", "{}").body().get("bookings")).isEmpty();
    }

    @Test
    void theHomeScreenShowsTheArrivalQrOnlyWhenTheCentreTakesRemoteTickets() throws Exception {
        assertThat(rig.kiosk("GET", "/local/remote/entrance", null).body().get("enabled").asBoolean()).isFalse();
        QueueClient manager = new QueueClient(rig.serverUrl, null);
        String token = manager.login("manager", rig.credentials.at("/manager/password").asText()).token();
        manager.withToken(token).call("PUT", "/api/v1/remote/settings", Map.of("enabled", true, "confirmWithin", 2,
                "perPhonePerDay", 1), new com.fasterxml.jackson.core.type.TypeReference<Object>() { });
        JsonNode shown = rig.kiosk("GET", "/local/remote/entrance", null).body();
        assertThat(shown.get("enabled").asBoolean()).isTrue();
        byte[] png = java.util.Base64.getDecoder().decode(shown.get("png").asText());
        String read = vn.motcua.kiosk.support.QrReader.read(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)));
        assertThat(read).startsWith(rig.serverUrl + "/xac-nhan?ma=").matches(".*ma=[0-9A-F]{10}$");
    }
}

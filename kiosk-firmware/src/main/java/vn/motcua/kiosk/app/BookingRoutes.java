package vn.motcua.kiosk.app;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.booking.BookingMatch;
import vn.motcua.kiosk.booking.BookingDesk;
import vn.motcua.kiosk.booking.CheckInResult;
import vn.motcua.kiosk.ticket.TakeNumberResult;

/** /local/bookings/*: check a booking in from its code, or find today's booking of the card read in this visit. */
final class BookingRoutes {
    private final BookingDesk desk;
    private final Consumer<TakeNumberResult> onIssued;
    private final vn.motcua.kiosk.booking.EntranceQr entrance;

    BookingRoutes(BookingDesk desk, Consumer<TakeNumberResult> onIssued, vn.motcua.kiosk.booking.EntranceQr entrance) {
        this.desk = desk;
        this.entrance = entrance;
        this.onIssued = onIssued;
    }

    void addTo(JavalinConfig config) {
        config.routes.post("/local/bookings/check-in", this::checkIn);
        config.routes.post("/local/bookings/card", this::forCard);
        config.routes.get("/local/remote/entrance", ctx -> ctx.json(entrance.png().<Map<String, Object>>map(png ->
                Map.of("enabled", true, "png", png)).orElse(Map.of("enabled", false))));
    }

    private void checkIn(Context ctx) {
        Map<?, ?> body = LocalRequestException.body(ctx);
        // the scanned QR's whole text (the phone page's address with the code) or the typed code
        if (!(body.get("code") instanceof String code) || code.isBlank() || code.length() > 200) {
            throw new LocalRequestException("code must be a non-empty string of at most 200 characters");
        }
        Object wait = body.get("waitIfEarly");
        if (wait != null && !(wait instanceof Boolean)) {
            throw new LocalRequestException("waitIfEarly must be true or false");
        }
        CheckInResult r = desk.checkIn(code, Boolean.TRUE.equals(wait), onIssued);
        ctx.status(switch (r.outcome()) {
            case "ISSUED", "WALK_IN" -> 201;
            case "FAILED" -> 503;
            default -> 409;
        }).json(r);
    }

    private void forCard(Context ctx) {
        LocalRequestException.body(ctx);
        try {
            List<BookingMatch> matches = desk.forCard();
            ctx.json(Map.of("bookings", matches));
        } catch (QueueApiException e) {
            ctx.status(e.unreachable() ? 503 : e.status()).json(Map.of("bookings", List.of(), "messageVi",
                    e.status() == 429 ? "Ki-ốt đã tra cứu quá nhiều lần, xin thử lại sau ít phút." : "Chưa tra cứu được lịch hẹn.",
                    "messageEn", e.status() == 429 ? "Too many look-ups from this kiosk; try again in a few minutes."
                            : "The booking could not be looked up."));
        }
    }
}

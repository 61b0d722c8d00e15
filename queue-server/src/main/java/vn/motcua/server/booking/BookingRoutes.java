package vn.motcua.server.booking;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.motcua.client.booking.BookingRequest;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.settings.CentreCalendar;

/** /api/v1/bookings (slots, book, look at, cancel, check in), the centre calendar, and the /dat-lich page. */
public final class BookingRoutes {
    private final BookingService bookings;
    private final BookingThrottle throttle;
    private final Access access;
    private final JsonBodies bodies;
    private final BaseUrl baseUrl;
    private final ClasspathPage page = new ClasspathPage("/web/dat-lich.html");

    public BookingRoutes(BookingService bookings, BookingThrottle throttle, Access access, JsonBodies bodies, BaseUrl baseUrl) {
        this.bookings = bookings;
        this.throttle = throttle;
        this.access = access;
        this.bodies = bodies;
        this.baseUrl = baseUrl;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/bookings/slots", ctx -> ctx.json(bookings.slots(
                required(ctx, "service"), date(required(ctx, "date"), "date"))));
        config.routes.get("/api/v1/bookings/days", ctx -> ctx.json(bookings.days(required(ctx, "service"))));
        config.routes.post("/api/v1/bookings", ctx -> {
            throttle.attempt(ctx.ip());
            BookingRequest r = bodies.read(ctx, BookingRequest.class);
            ctx.status(201).json(bookings.book(r, baseUrl.of(ctx)));
        });
        config.routes.get("/api/v1/bookings/settings", ctx -> ctx.json(bookings.settings()));
        config.routes.put("/api/v1/bookings/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            BookingSettings s = bodies.read(ctx, BookingSettings.class);
            bookings.save(BookingSettings.SETTING, s);
            ctx.json(s);
        });
        config.routes.get("/api/v1/bookings/{code}", ctx -> ctx.json(bookings.view(ctx.pathParam("code"))));
        config.routes.get("/api/v1/bookings/{code}/qr.png", ctx -> {
            String code = bookings.view(ctx.pathParam("code")).code();
            ctx.contentType("image/png").header("Cache-Control", "no-store")
                    .result(BookingQr.png(BookingQr.payload(baseUrl.of(ctx), code)));
        });
        config.routes.delete("/api/v1/bookings/{code}", ctx -> ctx.json(bookings.cancel(ctx.pathParam("code"))));
        config.routes.post("/api/v1/bookings/{code}/check-in", ctx -> ctx.status(201).json(
                bookings.checkIn(ctx.pathParam("code"), access.require(ctx, Role.KIOSK), baseUrl.of(ctx))));
        config.routes.get("/api/v1/calendar", ctx -> ctx.json(bookings.calendar()));
        config.routes.put("/api/v1/calendar", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            CentreCalendar cal = bodies.read(ctx, CentreCalendar.class);
            bookings.save(CentreCalendar.SETTING, cal);
            ctx.json(cal);
        });
        config.routes.get("/api/v1/reports/bookings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            LocalDate from = date(required(ctx, "from"), "from");
            LocalDate to = date(required(ctx, "to"), "to");
            if (to.isBefore(from) || from.plusDays(400).isBefore(to)) {
                throw ApiException.badRequest("invalid_field", "Khoảng ngày không hợp lệ / 'from'..'to' must be 0..400 days");
            }
            BookingStore.Tally t = bookings.tally(from, to);
            ctx.json(Map.of("from", from.toString(), "to", to.toString(), "booked", t.booked(), "checkedIn", t.checkedIn(),
                    "cancelled", t.cancelled(), "noShows", t.noShows(), "pending", t.pending()));
        });
        config.routes.get("/dat-lich", page::serve);
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw ApiException.badRequest("invalid_field", "Thiếu tham số / missing query parameter '" + name + "'");
        }
        return v;
    }

    private static LocalDate date(String raw, String name) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_field", "Ngày không hợp lệ (YYYY-MM-DD) / invalid date in '" + name + "'");
        }
    }
}

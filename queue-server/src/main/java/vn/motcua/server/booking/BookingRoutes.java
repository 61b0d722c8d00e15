package vn.motcua.server.booking;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.motcua.client.booking.BookingMove;
import vn.motcua.client.booking.BookingRequest;
import vn.motcua.client.booking.CheckInRequest;
import vn.motcua.client.booking.PersonLookup;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.settings.CentreCalendar;

/** /api/v1/bookings (slots, book, also by staff, look at, cancel, move, find by ID card at the kiosk, check in), the centre calendar, and the /dat-lich page. */
public final class BookingRoutes {
    private static final java.util.Set<Role> STAFF = java.util.EnumSet.of(Role.OFFICER, Role.MANAGER, Role.ADMIN);
    private final BookingService bookings;
    private final BookingCheckIn checkIns;
    private final BookingThrottle throttle;
    private final BookingThrottle kioskLookups;
    private final Access access;
    private final JsonBodies bodies;
    private final BaseUrl baseUrl;
    private final ClasspathPage page = new ClasspathPage("/web/dat-lich.html");

    public BookingRoutes(BookingService bookings, BookingCheckIn checkIns, BookingThrottle throttle, BookingThrottle kioskLookups,
                         Access access, JsonBodies bodies, BaseUrl baseUrl) {
        this.bookings = bookings;
        this.checkIns = checkIns;
        this.throttle = throttle;
        this.kioskLookups = kioskLookups;
        this.access = access;
        this.bodies = bodies;
        this.baseUrl = baseUrl;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/bookings/slots", ctx -> ctx.json(bookings.slots(
                required(ctx, "service"), date(required(ctx, "date"), "date"))));
        config.routes.get("/api/v1/bookings/days", ctx -> ctx.json(bookings.days(required(ctx, "service"))));
        config.routes.post("/api/v1/bookings", ctx -> {
            // an officer or the manager books on a citizen's behalf (audited as a staff action); the public is throttled
            Principal staff = access.principal(ctx).filter(p -> STAFF.contains(p.role())).orElse(null);
            if (staff == null) {
                throttle.attempt(ctx.ip());
            }
            BookingRequest r = bodies.read(ctx, BookingRequest.class);
            ctx.status(201).json(bookings.book(r, baseUrl.of(ctx), staff));
        });
        config.routes.post("/api/v1/bookings/today", ctx -> {
            Principal kiosk = access.require(ctx, Role.KIOSK);
            kioskLookups.attempt("device:" + kiosk.id());
            vn.motcua.server.audit.AuditRoutes.personalDataRead(ctx); // recorded with its outcome, whoever asked
            PersonLookup lookup = bodies.read(ctx, PersonLookup.class);
            ctx.header("Cache-Control", "no-store").json(checkIns.today(lookup.personalNumber()));
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
        // the code is the handle (50 random bits: not worth guessing): whoever holds it, the citizen or staff
        // reading it to them, may move it, under the capacity and daily limits of a new booking
        config.routes.post("/api/v1/bookings/{code}/move", ctx ->
                ctx.json(bookings.move(ctx.pathParam("code"), bodies.read(ctx, BookingMove.class))));
        config.routes.post("/api/v1/bookings/{code}/check-in", ctx -> {
            Principal kiosk = access.require(ctx, Role.KIOSK);
            boolean wait = !JsonBodies.bodyOf(ctx).isBlank() && bodies.read(ctx, CheckInRequest.class).waitIfEarly();
            ctx.status(201).json(checkIns.checkIn(ctx.pathParam("code"), kiosk, baseUrl.of(ctx), wait));
        });
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
        // the page's own address as a QR, for the hall board (public: the page is)
        config.routes.get("/dat-lich/qr.png", ctx -> ctx.contentType("image/png").header("Cache-Control", "no-cache")
                .result(BookingQr.png(baseUrl.of(ctx) + "/dat-lich")));
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

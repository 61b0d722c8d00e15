package vn.motcua.server.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Json;
import vn.motcua.client.booking.BookingConfirmation;
import vn.motcua.client.booking.BookingDay;
import vn.motcua.client.booking.BookingMove;
import vn.motcua.client.booking.BookingRequest;
import vn.motcua.client.booking.BookingSlot;
import vn.motcua.client.booking.BookingState;
import vn.motcua.client.booking.BookingView;
import vn.motcua.client.identity.PersonalNumbers;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.queue.CheckInWindow;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.settings.CentreCalendar;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/** Booking a slot, looking at it, cancelling it, and checking in at the kiosk. */
public final class BookingService {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Database db;
    private final Recorder recorder;
    private final Clock clock;
    private final ServiceStore services;
    private final CentreSettings centre;
    private final BookingStore bookings;
    private final BookingCodes codes = new BookingCodes();
    private final PersonKeys persons;
    private final ObjectMapper json = Json.mapper();
    private final vn.motcua.server.settings.CalendarStore calendars = new vn.motcua.server.settings.CalendarStore();
    private volatile CheckInWindow window;

    public BookingService(Database db, Recorder recorder, Clock clock, ServiceStore services, CentreSettings centre,
                          BookingStore bookings) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.services = services;
        this.centre = centre;
        this.bookings = bookings;
        this.persons = new PersonKeys(centre);
        this.window = windowOf(db.read(this::settings));
    }

    private static CheckInWindow windowOf(BookingSettings s) {
        return new CheckInWindow(s.earlyMinutes(), s.lateMinutes());
    }

    public List<BookingSlot> slots(String serviceCode, LocalDate day) {
        return db.read(c -> {
            ServiceDef service = service(c, serviceCode);
            long now = clock.millis();
            LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), CentreTime.ZONE);
            BookingSettings settings = settings(c);
            if (day.isBefore(today) || day.isAfter(today.plusDays(settings.horizonDays()))) {
                return List.of();
            }
            Map<Long, Integer> taken = bookings.takenPerSlot(c, service.code(), day.toString());
            return plan(c, settings).slots(day, countersServing(c, service.code()), service.defaultServiceMinutes()).stream()
                    .filter(s -> s.start() > now)
                    .map(s -> new BookingSlot(time(s.start()), time(s.end()),
                            Math.max(0, s.capacity() - taken.getOrDefault(s.start(), 0))))
                    .toList();
        });
    }

    /** The open days from today to the booking horizon, each with its free places (0: open but full). */
    public List<BookingDay> days(String serviceCode) {
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(clock.millis()), CentreTime.ZONE);
        int horizon = settings().horizonDays();
        List<BookingDay> out = new java.util.ArrayList<>();
        for (int i = 0; i <= horizon; i++) {
            LocalDate d = today.plusDays(i);
            List<BookingSlot> slots = slots(serviceCode, d);
            if (!slots.isEmpty()) {
                out.add(new BookingDay(d, slots.stream().mapToInt(BookingSlot::free).sum()));
            }
        }
        return out;
    }

    /**
     * Books a slot, identified by a mobile number, a personal number (CCCD, which lets the kiosk find it from
     * the card), or both. {@code staff} is the officer or manager booking on a citizen's behalf (null for the
     * public page); every limit holds for them too.
     */
    public BookingConfirmation book(BookingRequest request, String baseUrl, Principal staff) {
        String serviceCode = require(request.service(), "service");
        OffsetDateTime start = require(request.start(), "start");
        String phone = phone(request);
        String number = personalNumber(request.personalNumber());
        if (phone == null && number == null) {
            throw ApiException.badRequest("invalid_field", "Cần số điện thoại di động hoặc số CCCD để nhận diện lịch hẹn"
                    + " / field 'phone' or 'personalNumber' is required");
        }
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            ServiceDef service = service(c, serviceCode);
            long now = clock.millis();
            String personKey = number == null ? null : persons.key(c, number);
            SlotPlan.Slot slot = freeSlot(c, service, start, now, null);
            String day = slot.day();
            BookingSettings settings = settings(c);
            checkDailyLimit(c, settings, phone, personKey, day, 0);
            String code = codes.next();
            String masked = number == null ? null : PersonKeys.mask(number);
            bookings.insert(c, new Booking(0, code, service.code(), day, slot.start(), slot.end(), phone,
                    BookingState.BOOKED, now, now, null, personKey, masked, staff == null ? null : staff.userId()));
            return new BookingConfirmation(code, time(slot.start()), service.code(), qrUrl(baseUrl, code), Phones.mask(phone), masked);
        });
    }

    /** The canonical mobile number, null when none was given; a 400 naming 'phone' when it is not one. */
    private static String phone(BookingRequest request) {
        if (request.phone() == null || request.phone().isBlank()) {
            return null;
        }
        String phone = Phones.canonical(request.phone());
        if (phone == null) {
            throw ApiException.badRequest("invalid_field",
                    "Số điện thoại di động không hợp lệ (10 số, bắt đầu bằng 03, 05, 07, 08, 09) / field 'phone' is not a Vietnamese mobile number");
        }
        return phone;
    }

    /**
     * The 12 digits of a typed personal number, null when none was given; a 400 naming 'personalNumber' when no
     * card can carry it (its structure, as the kiosk checks a card's). The answer never repeats the number.
     */
    private String personalNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = raw.replace(" ", "");
        LocalDate today = LocalDate.ofInstant(clock.instant(), CentreTime.ZONE);
        PersonalNumbers.problem(digits, today).ifPresent(problem -> {
            throw ApiException.badRequest("invalid_field", problem + " (field 'personalNumber')");
        });
        return digits;
    }

    /** Moves a booking to another slot (and maybe service), keeping its code; the same limits as a new booking. */
    public BookingView move(String rawCode, BookingMove move) {
        OffsetDateTime start = require(move.start(), "start");
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Booking b = find(c, rawCode);
            if (b.state() != BookingState.BOOKED) {
                throw new ApiException(409, "invalid_transition", "Lịch hẹn đã " + (b.state() == BookingState.CANCELLED
                        ? "huỷ" : "được dùng để lấy số") + ", không đổi được / the booking is " + b.state());
            }
            ServiceDef service = service(c, move.service() == null ? b.serviceCode() : move.service());
            long now = clock.millis();
            SlotPlan.Slot slot = freeSlot(c, service, start, now, b);
            BookingSettings settings = settings(c);
            checkDailyLimit(c, settings, b.phone(), b.personKey(), slot.day(), b.id());
            Booking moved = b.movedTo(service.code(), slot.day(), slot.start(), slot.end());
            bookings.move(c, moved, now);
            return view(c, moved, settings);
        });
    }

    /** The slot starting at {@code start} with a place left (not counting {@code moving} itself), or a 409/400 naming why not. */
    private SlotPlan.Slot freeSlot(Connection c, ServiceDef service, OffsetDateTime start, long now, Booking moving)
            throws SQLException {
        long at = start.toInstant().toEpochMilli();
        if (at <= now) {
            throw new ApiException(409, "slot_past", "Khung giờ này đã qua, vui lòng chọn giờ khác / this slot is in the past");
        }
        LocalDate day = start.atZoneSameInstant(CentreTime.ZONE).toLocalDate();
        BookingSettings settings = settings(c);
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), CentreTime.ZONE);
        if (day.isAfter(today.plusDays(settings.horizonDays()))) {
            throw new ApiException(409, "slot_too_far", "Chỉ đặt lịch trước tối đa " + settings.horizonDays()
                    + " ngày / bookings open " + settings.horizonDays() + " days ahead");
        }
        SlotPlan.Slot slot = plan(c, settings).slots(day, countersServing(c, service.code()), service.defaultServiceMinutes())
                .stream().filter(s -> s.start() == at).findFirst().orElseThrow(() -> ApiException.badRequest("invalid_field",
                        "Không có khung giờ này cho dịch vụ (ngày nghỉ hoặc ngoài giờ làm việc) / field 'start' is not a slot of "
                                + "service " + service.code() + " on " + day));
        int taken = bookings.takenPerSlot(c, service.code(), day.toString()).getOrDefault(at, 0);
        if (moving != null && moving.serviceCode().equals(service.code()) && moving.slotStart() == at) {
            taken--; // moving onto its own slot (a change of nothing) is not refused as full
        }
        if (taken >= slot.capacity()) {
            throw new ApiException(409, "slot_full", "Khung giờ này đã hết chỗ, vui lòng chọn giờ khác / this slot is full");
        }
        return slot;
    }

    private void checkDailyLimit(Connection c, BookingSettings settings, String phone, String personKey, String day,
                                 long exceptId) throws SQLException {
        boolean over = (phone != null && bookings.heldByPhone(c, phone, day, exceptId) >= settings.perPhonePerDay())
                || (personKey != null && bookings.heldByPerson(c, personKey, day, exceptId) >= settings.perPhonePerDay());
        if (over) {
            throw new ApiException(409, "booking_limit", "Mỗi số điện thoại hoặc số định danh chỉ đặt được " + settings.perPhonePerDay()
                    + " lịch hẹn trong một ngày / at most " + settings.perPhonePerDay() + " bookings per phone or personal number per day");
        }
    }

    public BookingView view(String rawCode) {
        return db.read(c -> view(c, find(c, rawCode), settings(c)));
    }

    public BookingView cancel(String rawCode) {
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Booking b = find(c, rawCode);
            if (b.state() != BookingState.BOOKED) {
                throw new ApiException(409, "invalid_transition", "Lịch hẹn đã " + (b.state() == BookingState.CANCELLED
                        ? "huỷ" : "được dùng để lấy số") + ", không huỷ được / the booking is " + b.state());
            }
            Booking cancelled = b.with(BookingState.CANCELLED, clock.millis(), null);
            bookings.update(c, cancelled);
            return view(c, cancelled, settings(c));
        });
    }

    /** Booked, checked in, cancelled and no-show counts of the days [from, to] (for the reports). */
    public BookingStore.Tally tally(LocalDate from, LocalDate to) {
        return db.read(c -> bookings.tally(c, from.toString(), to.toString(),
                clock.millis() - settings(c).lateMillis()));
    }

    /** The reports' appointment figures: a booking unused when its window ended is a no-show. */
    public vn.motcua.server.report.Summary.Appointments appointments(Connection c, LocalDate from, LocalDate to, String service)
            throws SQLException {
        BookingStore.Tally t = bookings.tally(c, from.toString(), to.toString(), clock.millis() - settings(c).lateMillis(), service);
        int ended = t.checkedIn() + t.noShows();
        return new vn.motcua.server.report.Summary.Appointments(t.booked(), t.checkedIn(), t.noShows(), t.cancelled(), t.pending(),
                ended == 0 ? null : (double) t.noShows() / ended);
    }

    public BookingSettings settings(Connection c) throws SQLException {
        return load(c, BookingSettings.SETTING, BookingSettings.class).orElseGet(BookingSettings::defaults);
    }

    public CentreCalendar calendar(Connection c) throws SQLException {
        return calendars.read(c);
    }

    /**
     * The check-in window in force, for the call policy's words. Kept in memory (the policy's words are read
     * inside other reads, and a nested read could wait for a reader connection that its caller holds).
     */
    public CheckInWindow window() {
        return window;
    }

    public BookingSettings settings() {
        return db.read(this::settings);
    }

    public CentreCalendar calendar() {
        return db.read(this::calendar);
    }

    public void save(String name, Object value) {
        String text;
        try {
            text = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write setting " + name, e);
        }
        db.transaction(c -> {
            centre.put(c, name, text);
            return null;
        });
        if (value instanceof BookingSettings s) {
            window = windowOf(s);
        }
    }

    private <T> Optional<T> load(Connection c, String name, Class<T> type) throws SQLException {
        Optional<String> raw = centre.get(c, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(raw.get(), type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("setting '" + name + "' is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private SlotPlan plan(Connection c, BookingSettings settings) throws SQLException {
        return new SlotPlan(settings, calendar(c));
    }

    private BookingView view(Connection c, Booking b, BookingSettings settings) throws SQLException {
        ServiceDef s = services.find(c, b.serviceCode()).orElseThrow();
        long until = b.slotStart() + settings.lateMillis();
        return new BookingView(b.code(), s.code(), s.nameVi(), s.nameEn(), time(b.slotStart()), time(b.slotEnd()),
                time(b.slotStart() - settings.earlyMillis()), time(until), b.state(),
                b.state() == BookingState.BOOKED && clock.millis() > until, Phones.mask(b.phone()), b.ticketId(),
                b.personMasked(), b.bookedBy() != null);
    }

    Booking find(Connection c, String rawCode) throws SQLException {
        String code = BookingCodes.normalise(rawCode);
        if (code == null) {
            throw ApiException.badRequest("invalid_field", "Mã đặt lịch gồm 10 chữ và số / the booking code has 10 letters and digits");
        }
        return bookings.findByCode(c, code).orElseThrow(() -> ApiException.notFound("Lịch hẹn / booking"));
    }

    private ServiceDef service(Connection c, String code) throws SQLException {
        return services.find(c, code).orElseThrow(() -> ApiException.badRequest("invalid_field",
                "Dịch vụ không tồn tại / unknown service in field 'service': " + code));
    }

    private static List<Integer> countersServing(Connection c, String service) throws SQLException {
        return Sql.list(c, "SELECT counter_number FROM counter_service WHERE service_code = ? ORDER BY counter_number",
                r -> r.getInt(1), service);
    }

    private static <T> T require(T value, String field) {
        return vn.motcua.server.http.Require.present(value, field);
    }

    static String qrUrl(String baseUrl, String code) {
        return baseUrl + "/api/v1/bookings/" + code + "/qr.png";
    }

    static OffsetDateTime time(long millis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), CentreTime.ZONE);
    }

    static String hour(long millis) {
        return time(millis).format(HOUR);
    }

    static String day(long millis) {
        return time(millis).format(DAY);
    }
}

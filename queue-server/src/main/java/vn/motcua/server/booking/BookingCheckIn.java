package vn.motcua.server.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Category;
import vn.motcua.client.TicketView;
import vn.motcua.client.booking.BookingMatch;
import vn.motcua.client.booking.BookingState;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.ticket.TicketService;

/**
 * The kiosk's side of a booking: today's bookings of the citizen whose ID card was scanned, and the
 * check-in that turns a booking into its APPOINTMENT ticket inside the window. A citizen who comes early on
 * the day may take the ticket to wait (it is still called at its slot); further out they are told when to
 * come; a late one is told to take an ordinary ticket (the kiosk does, showing why).
 */
public final class BookingCheckIn {
    private final Recorder recorder;
    private final Clock clock;
    private final ServiceStore services;
    private final BookingStore bookings;
    private final BookingService booking;
    private final TicketService tickets;
    private final PersonKeys persons;
    private final vn.motcua.server.notify.NotifyStore contacts;

    public BookingCheckIn(Recorder recorder, Clock clock, ServiceStore services, CentreSettings centre,
                          BookingStore bookings, BookingService booking, TicketService tickets,
                          vn.motcua.server.notify.NotifyStore contacts) {
        this.contacts = contacts;
        this.recorder = recorder;
        this.clock = clock;
        this.services = services;
        this.bookings = bookings;
        this.booking = booking;
        this.tickets = tickets;
        this.persons = new PersonKeys(centre);
    }

    /** Issues the booking's APPOINTMENT ticket when the kiosk scans it inside its window (or early, to wait, on its day). */
    public TicketView checkIn(String rawCode, Principal kiosk, String baseUrl, boolean waitIfEarly) {
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Booking b = booking.find(c, rawCode);
            if (b.state() != BookingState.BOOKED) {
                throw new ApiException(409, "invalid_transition", b.state() == BookingState.CANCELLED
                        ? "Lịch hẹn đã bị huỷ / the booking was cancelled"
                        : "Lịch hẹn đã được dùng để lấy số / the booking has already been checked in");
            }
            BookingSettings settings = booking.settings(c);
            long now = clock.millis();
            long from = b.slotStart() - settings.earlyMillis();
            long until = b.slotStart() + settings.lateMillis();
            boolean today = today(now).toString().equals(b.serviceDay());
            if (now < from && !(waitIfEarly && today)) {
                String at = BookingService.hour(b.slotStart()) + " ngày " + BookingService.day(b.slotStart());
                String window = BookingService.hour(from) + " đến " + BookingService.hour(until);
                throw new ApiException(409, "too_early", "Bạn đến sớm. Lịch hẹn lúc " + at + "; vui lòng quay lại từ "
                        + window + " để lấy số" + (today ? ", hoặc lấy số ngay và chờ đến giờ hẹn." : ".") + " / "
                        + "Too early: the appointment is at " + BookingService.hour(b.slotStart()) + " on "
                        + BookingService.day(b.slotStart()) + "; check in between " + BookingService.hour(from) + " and "
                        + BookingService.hour(until) + (today ? ", or take the ticket now and wait." : "."));
            }
            if (now > until) {
                throw new ApiException(409, "too_late", "Đã quá giờ nhận lịch hẹn (" + BookingService.hour(b.slotStart())
                        + ", nhận đến " + BookingService.hour(until) + "). Vui lòng lấy số thường tại ki-ốt. / Too late: the "
                        + "appointment at " + BookingService.hour(b.slotStart()) + " could be checked in until "
                        + BookingService.hour(until) + "; please take an ordinary ticket.");
            }
            TicketView ticket = tickets.issueWithin(tx, b.serviceCode(), Category.APPOINTMENT, kiosk, baseUrl);
            bookings.update(c, b.with(BookingState.CHECKED_IN, now, ticket.id()));
            if (b.phone() != null) {
                contacts.addContact(c, ticket.id(), b.phone(), now); // the booking's phone hears when the turn is near
            }
            return ticket;
        });
    }

    /**
     * Today's bookings (still to check in) of the holder of this personal number. The number is not stored
     * and not answered: the match carries it masked.
     */
    public List<BookingMatch> today(String rawNumber) {
        String number = PersonKeys.canonical(rawNumber);
        if (number == null) {
            throw ApiException.badRequest("invalid_field", "Số định danh cá nhân gồm 12 chữ số / field 'personalNumber' must be 12 digits");
        }
        long now = clock.millis();
        return recorder.transaction(tx -> { // a write: the first use makes the centre's key
            Connection c = tx.connection();
            BookingSettings settings = booking.settings(c);
            return bookings.bookedForPerson(c, persons.key(c, number), today(now).toString()).stream()
                    .filter(b -> b.slotStart() + settings.lateMillis() >= now)
                    .map(b -> match(c, b, settings, number)).toList();
        });
    }

    private BookingMatch match(Connection c, Booking b, BookingSettings settings, String number) {
        try {
            ServiceDef s = services.find(c, b.serviceCode()).orElseThrow();
            return new BookingMatch(b.code(), s.code(), s.nameVi(), s.nameEn(), BookingService.time(b.slotStart()),
                    BookingService.time(b.slotStart() - settings.earlyMillis()),
                    BookingService.time(b.slotStart() + settings.lateMillis()), PersonKeys.mask(number));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate today(long now) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(now), CentreTime.ZONE);
    }
}

package vn.motcua.kiosk.booking;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.motcua.client.Category;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.client.booking.BookingMatch;
import vn.motcua.client.booking.BookingView;
import vn.motcua.kiosk.ticket.TakeNumber;
import vn.motcua.kiosk.ticket.TakeNumberResult;

/**
 * "Tôi có lịch hẹn": the kiosk checks a booking in, from its QR or typed code, or from the ID card read in
 * this visit (the server finds today's booking from the number; the number never leaves this process for
 * the screen). In the window: the APPOINTMENT ticket. Early on the day: the citizen is told when the window
 * opens and may take the ticket now to wait. Late: an ordinary ticket for the same service, with the reason.
 */
public final class BookingDesk {
    private final QueueClient server;
    private final TakeNumber takeNumber;
    private final Supplier<Optional<String>> visitNumber;

    public BookingDesk(QueueClient server, TakeNumber takeNumber, Supplier<Optional<String>> visitNumber) {
        this.server = server;
        this.takeNumber = takeNumber;
        this.visitNumber = visitNumber;
    }

    /** Checks in the booking in {@code text} (QR payload or typed code). */
    public CheckInResult checkIn(String text, boolean waitIfEarly, Consumer<TakeNumberResult> onIssued) {
        Optional<String> code = BookingCodeText.find(text);
        if (code.isEmpty()) {
            return new CheckInResult("REFUSED", null, "Mã lịch hẹn gồm 10 chữ và số, hoặc quét mã QR lịch hẹn.",
                    "A booking code has 10 letters and digits, or scan the booking's QR.", null, null);
        }
        BookingView booking;
        try {
            booking = server.booking(code.get());
        } catch (QueueApiException e) {
            return refused(e, code.get());
        }
        try {
            TakeNumberResult ticket = takeNumber.printIssued(booking.service(),
                    () -> server.checkIn(code.get(), waitIfEarly), onIssued);
            return ticket.ok() ? new CheckInResult("ISSUED", ticket, null, null, null, code.get())
                    : new CheckInResult("FAILED", ticket, ticket.messageVi(), ticket.messageEn(), null, code.get());
        } catch (QueueApiException e) {
            if ("too_early".equals(e.code())) {
                return CheckInResult.of("EARLY", null, e.serverMessage(), e.serverMessage() != null
                        && e.serverMessage().contains("lấy số ngay"), code.get());
            }
            if ("too_late".equals(e.code())) {
                TakeNumberResult walkIn = takeNumber.take(booking.service(), Category.NORMAL, onIssued);
                String late = e.serverMessage();
                int cut = late == null ? -1 : late.indexOf(" / ");
                return new CheckInResult(walkIn.ok() ? "WALK_IN" : "FAILED", walkIn,
                        walkIn.ok() ? (cut < 0 ? late : late.substring(0, cut)) + " Ki-ốt đã in số thường cho quý khách."
                                : walkIn.messageVi(),
                        walkIn.ok() ? (cut < 0 ? late : late.substring(cut + 3)) + " An ordinary ticket was printed instead."
                                : walkIn.messageEn(), null, code.get());
            }
            return refused(e, code.get());
        }
    }

    /** Today's bookings of the card read in this visit; empty when no card was read or it has none. */
    public List<BookingMatch> forCard() {
        Optional<String> number = visitNumber.get();
        if (number.isEmpty()) {
            return List.of();
        }
        return server.bookingsToday(number.get());
    }

    private static CheckInResult refused(QueueApiException e, String code) {
        if (e.unreachable()) {
            return new CheckInResult("FAILED", null, "Ki-ốt đang mất kết nối với máy chủ. Xin mời đến quầy hướng dẫn.",
                    "The kiosk has lost the queue server. Please go to the reception desk.", null, code);
        }
        if (e.status() == 404) {
            return new CheckInResult("REFUSED", null, "Không tìm thấy lịch hẹn với mã này. Xin kiểm tra lại mã.",
                    "No booking has this code. Please check the code.", null, code);
        }
        return CheckInResult.of("REFUSED", null, e.serverMessage() == null ? e.getMessage() : e.serverMessage(), null, code);
    }
}

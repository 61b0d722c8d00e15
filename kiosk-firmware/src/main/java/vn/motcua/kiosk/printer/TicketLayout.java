package vn.motcua.kiosk.printer;

import java.time.format.DateTimeFormatter;
import vn.motcua.client.CentreTime;
import vn.motcua.kiosk.printer.PrintBlock.Size;

/** Lays out a queue ticket: Vietnamese first, English second, the number very large. */
public final class TicketLayout {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private TicketLayout() {
    }

    public static PrintDocument ticket(TicketContent c) {
        PrintDocument.Builder b = PrintDocument.builder();
        b.centred(c.centreName(), Size.NORMAL).rule();
        b.centred(c.serviceNameVi(), Size.LARGE);
        if (present(c.serviceNameEn())) {
            b.centred(c.serviceNameEn(), Size.SMALL);
        }
        b.feed(1);
        b.centred("SỐ THỨ TỰ / YOUR NUMBER", Size.SMALL);
        b.centred(c.number(), Size.HUGE);
        if (present(c.categoryLabelVi())) {
            b.centred(c.categoryLabelVi(), Size.NORMAL);
        }
        b.centred(c.issuedAt().withZoneSameInstant(CentreTime.ZONE).format(ISSUED), Size.NORMAL);
        b.rule();
        b.centred("Số người chờ trước bạn: " + orUnknownVi(c.ahead()), Size.NORMAL);
        b.centred("People ahead: " + orUnknownEn(c.ahead()), Size.SMALL);
        b.centred("Thời gian chờ dự kiến: " + waitVi(c.estimatedWaitMinutes()) + range(c), Size.NORMAL);
        b.centred("Estimated wait: " + waitEn(c.estimatedWaitMinutes()) + range(c), Size.SMALL);
        if (present(c.statusUrl())) {
            b.feed(1).qr(c.statusUrl());
            b.centred("Quét mã để theo dõi lượt gọi", Size.SMALL);
            b.centred("Scan to follow your turn", Size.SMALL);
        }
        if (present(c.footer())) {
            b.rule().centred(c.footer(), Size.SMALL);
        }
        return b.feed(3).cut().build();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String orUnknownVi(Integer n) {
        return n == null ? "chưa xác định" : n.toString();
    }

    private static String orUnknownEn(Integer n) {
        return n == null ? "unknown" : n.toString();
    }

    /** " (8–20)": 8 in 10 visitors in this position are called within it. */
    private static String range(TicketContent c) {
        var r = c.estimatedWaitRange();
        return r == null || c.estimatedWaitMinutes() == null || r.high() <= r.low() ? "" : " (" + r.low() + "–" + r.high() + ")";
    }

    private static String waitVi(Integer minutes) {
        if (minutes == null) {
            return "chưa xác định";
        }
        return minutes <= 0 ? "Sắp đến lượt" : "khoảng " + minutes + " phút"; // "khoảng 0 phút" reads as a fault
    }

    private static String waitEn(Integer minutes) {
        if (minutes == null) {
            return "unknown";
        }
        return minutes <= 0 ? "your turn is coming up" : "about " + minutes + " min";
    }
}

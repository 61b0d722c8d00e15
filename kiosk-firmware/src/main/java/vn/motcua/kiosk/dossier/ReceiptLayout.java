package vn.motcua.kiosk.dossier;

import java.time.format.DateTimeFormatter;
import vn.motcua.client.CentreTime;
import vn.motcua.kiosk.printer.PrintBlock.Align;
import vn.motcua.kiosk.printer.PrintBlock.Size;
import vn.motcua.kiosk.printer.PrintDocument;

/**
 * Lays out the receipt and appointment slip (form 01 of Circular 03/2025, shortened for a roll printer):
 * Vietnamese first, English second; the look-up QR at the bottom with its key printed for typing by hand.
 */
public final class ReceiptLayout {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReceiptLayout() {
    }

    public static PrintDocument receipt(ReceiptContent c) {
        PrintDocument.Builder b = PrintDocument.builder();
        b.centred(c.agencyName(), Size.NORMAL).rule();
        // one phrase a line: "GIẤY TIẾP NHẬN HỒ SƠ" broke inside "HỒ SƠ"; now 58 mm at most splits the first phrase
        b.centred("GIẤY TIẾP NHẬN", Size.LARGE);
        b.centred("HỒ SƠ VÀ HẸN", Size.LARGE);
        b.centred("TRẢ KẾT QUẢ", Size.LARGE);
        b.centred("Receipt and appointment slip", Size.SMALL);
        b.feed(1);
        b.centred("Mã hồ sơ / Dossier code", Size.SMALL);
        b.centred(c.dossierCode(), Size.NORMAL);
        b.rule();
        left(b, "Người nộp: " + c.applicantName());
        left(b, "Số định danh: " + c.applicantMasked());
        left(b, "Thủ tục: " + c.procedureVi());
        left(b, "Giấy tờ đã nhận / Documents received:");
        int i = 1;
        for (String d : c.documentsReceived()) {
            left(b, "  " + i++ + ". " + d);
        }
        b.rule();
        left(b, "Thời hạn giải quyết: " + c.processingDays() + " ngày làm việc");
        left(b, "Tiếp nhận lúc: " + c.receivedAt().atZoneSameInstant(CentreTime.ZONE).format(AT));
        left(b, "Hẹn trả kết quả: ngày " + c.dueAt().atZoneSameInstant(CentreTime.ZONE).format(DAY));
        b.text("Results due: " + c.dueAt().atZoneSameInstant(CentreTime.ZONE).format(DAY), Align.LEFT, Size.SMALL);
        if (c.collectAt() != null && !c.collectAt().isBlank()) {
            left(b, "Nơi nhận kết quả: " + c.collectAt());
        }
        if (c.ticketNumber() != null) {
            b.rule();
            b.centred("Số kiểm tra hồ sơ tại quầy / Verification number", Size.SMALL);
            b.centred(c.ticketNumber(), Size.HUGE);
        }
        b.feed(1).qr(c.lookupUrl());
        b.centred("Quét mã để tra cứu hồ sơ", Size.SMALL);
        b.centred("Scan to look up your dossier", Size.SMALL);
        String key = lookupKey(c.lookupUrl());
        if (key != null) {
            // a QR that will not scan: the kiosk's look-up takes "<code> <key>" typed by hand
            b.centred("Mã tra cứu / Look-up key", Size.SMALL);
            b.centred(key, Size.NORMAL);
        }
        return b.feed(3).cut().build();
    }

    /** The look-up key {@code k} of the receipt's URL ({@code …/hs/<code>?k=<key>}), or null when it has none. */
    static String lookupKey(String lookupUrl) {
        int at = lookupUrl == null ? -1 : lookupUrl.indexOf("?k=");
        if (at < 0) {
            return null;
        }
        String key = lookupUrl.substring(at + 3);
        int end = key.indexOf('&');
        key = end < 0 ? key : key.substring(0, end);
        return key.isEmpty() ? null : key;
    }

    private static void left(PrintDocument.Builder b, String text) {
        b.text(text, Align.LEFT, Size.NORMAL);
    }
}

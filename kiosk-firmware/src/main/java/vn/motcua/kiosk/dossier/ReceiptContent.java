package vn.motcua.kiosk.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.client.dossier.DossierDocument;
import vn.motcua.client.dossier.DossierView;

/** What the receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả") shows; the applicant's number only masked. */
public record ReceiptContent(String agencyName, String dossierCode, String applicantName, String applicantMasked,
                             String procedureVi, List<String> documentsReceived, int processingDays,
                             OffsetDateTime receivedAt, OffsetDateTime dueAt, String collectAt, String ticketNumber,
                             String lookupUrl) {

    /** The receipt of a dossier as the server filed it (its view with personal data). */
    static ReceiptContent of(String agencyName, DossierView d) {
        List<String> docs = d.documents().stream().map(ReceiptContent::received).toList();
        return new ReceiptContent(agencyName, d.code(), d.applicantName(), d.applicantMasked(), d.procedure().nameVi(),
                docs, d.procedure().processingDays(), d.receivedAt(), d.dueAt(), d.procedure().collectVi(),
                d.ticket() == null ? null : d.ticket().number(), d.lookupUrl());
    }

    private static String received(DossierDocument doc) {
        String source = switch (String.valueOf(doc.source())) {
            case "REUSE" -> " (đã có, dùng lại)";
            case "UPLOAD" -> " (đã số hoá)";
            case "PAPER" -> " (bản giấy nộp tại quầy)";
            default -> "";
        };
        return doc.nameVi() + source;
    }
}

package vn.motcua.kiosk.dossier;

import java.time.OffsetDateTime;
import java.util.List;

/** What the receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả") shows; the applicant's number only masked. */
public record ReceiptContent(String agencyName, String dossierCode, String applicantName, String applicantMasked,
                             String procedureVi, List<String> documentsReceived, int processingDays,
                             OffsetDateTime receivedAt, OffsetDateTime dueAt, String collectAt, String ticketNumber,
                             String lookupUrl) {
}

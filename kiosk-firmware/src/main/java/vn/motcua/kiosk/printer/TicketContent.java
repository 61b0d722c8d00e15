package vn.motcua.kiosk.printer;

import java.time.ZonedDateTime;

/** What a queue ticket shows. estimatedWaitMinutes null = unknown (offline). */
public record TicketContent(String centreName, String serviceNameVi, String serviceNameEn, String number,
                            String categoryLabelVi, ZonedDateTime issuedAt, Integer ahead,
                            Integer estimatedWaitMinutes, String statusUrl, String footer) {
}

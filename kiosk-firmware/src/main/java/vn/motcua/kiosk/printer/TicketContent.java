package vn.motcua.kiosk.printer;

import java.time.ZonedDateTime;
import vn.motcua.client.WaitRange;

/**
 * What a queue ticket shows. estimatedWaitMinutes null = unknown (offline); estimatedWaitRange null = the
 * server gave no range (printed as the single figure).
 */
public record TicketContent(String centreName, String serviceNameVi, String serviceNameEn, String number,
                            String categoryLabelVi, ZonedDateTime issuedAt, Integer ahead,
                            Integer estimatedWaitMinutes, String statusUrl, String footer, WaitRange estimatedWaitRange) {
    public TicketContent(String centreName, String serviceNameVi, String serviceNameEn, String number,
                         String categoryLabelVi, ZonedDateTime issuedAt, Integer ahead, Integer estimatedWaitMinutes,
                         String statusUrl, String footer) {
        this(centreName, serviceNameVi, serviceNameEn, number, categoryLabelVi, issuedAt, ahead, estimatedWaitMinutes,
                statusUrl, footer, null);
    }
}

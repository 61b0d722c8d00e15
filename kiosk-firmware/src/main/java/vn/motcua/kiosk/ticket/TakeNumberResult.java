package vn.motcua.kiosk.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.motcua.client.WaitRange;

/**
 * What the touch UI shows after "print": the ticket, or why there is none, in both languages.
 *
 * @param error null on success; PRINTER (not printed, cancelled on the server), SERVER_UNREACHABLE,
 *              REFUSED (the server said no, e.g. an unknown service)
 * @param estimatedWaitRange the p10–p90 range around the estimate, null when the server gave none (offline)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TakeNumberResult(String number, String serviceNameVi, String serviceNameEn, String category,
                               Integer ahead, Integer estimatedWaitMinutes, String statusUrl,
                               String error, String messageVi, String messageEn, WaitRange estimatedWaitRange) {

    static TakeNumberResult failed(String error, String vi, String en) {
        return new TakeNumberResult(null, null, null, null, null, null, null, error, vi, en, null);
    }

    public boolean ok() {
        return error == null;
    }
}

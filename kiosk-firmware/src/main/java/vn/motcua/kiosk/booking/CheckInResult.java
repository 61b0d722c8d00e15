package vn.motcua.kiosk.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.motcua.kiosk.ticket.TakeNumberResult;

/**
 * What the touch UI shows after a booking was scanned: the appointment ticket, or a walk-in ticket with the
 * reason (late), or why there is none, in both languages.
 *
 * @param outcome  ISSUED (the appointment ticket), WALK_IN (too late: an ordinary ticket instead), EARLY (come
 *                 back later; {@code canWait}: or take the ticket now and wait), REFUSED (cancelled, used,
 *                 unknown), NONE (the card has no booking today), FAILED (printer or server)
 * @param ticket   the printed ticket for ISSUED and WALK_IN
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckInResult(String outcome, TakeNumberResult ticket, String messageVi, String messageEn, Boolean canWait,
                            String code) {

    static CheckInResult of(String outcome, TakeNumberResult ticket, String message, Boolean canWait, String code) {
        int cut = message == null ? -1 : message.indexOf(" / ");
        String vi = cut < 0 ? message : message.substring(0, cut);
        String en = cut < 0 ? message : message.substring(cut + 3);
        return new CheckInResult(outcome, ticket, vi, en, canWait, code);
    }
}

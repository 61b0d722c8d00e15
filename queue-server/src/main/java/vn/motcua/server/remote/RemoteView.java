package vn.motcua.server.remote;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A remote ticket as its phone sees it: {@code remote} UNCONFIRMED (come and scan the code), CONFIRMED, or
 * SKIPPED (not confirmed in time); {@code state} the ticket's own; {@code token} only in the join answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RemoteView(String token, long ticketId, String number, String service, String state, String remote, Integer ahead,
                         Integer counter, int confirmWithin, String statusUrl, String messageVi, String messageEn) {
}

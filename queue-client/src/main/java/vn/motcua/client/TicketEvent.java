package vn.motcua.client;

import java.time.OffsetDateTime;

/** One append-only transition in a ticket's history. */
public record TicketEvent(long seq, String type, OffsetDateTime at, Integer counter, String officer,
                          String detail) {
}

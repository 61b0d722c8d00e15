package vn.motcua.client;

import java.time.OffsetDateTime;

/** A recent call shown on the hall board. */
public record CallView(long ticketId, String number, int counter, String service, OffsetDateTime calledAt,
                       boolean recall) {
}

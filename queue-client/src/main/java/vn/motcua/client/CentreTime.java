package vn.motcua.client;

import java.time.ZoneId;

/** The one time zone of every centre: service days, printed times and reports are local to it. */
public final class CentreTime {
    /** Asia/Ho_Chi_Minh: numbering resets at its midnight, tickets and receipts print its time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private CentreTime() {
    }
}

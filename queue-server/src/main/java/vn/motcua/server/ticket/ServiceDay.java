package vn.motcua.server.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The service day of an instant: the local date in Asia/Ho_Chi_Minh, where numbering resets. */
public final class ServiceDay {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ServiceDay() {
    }

    public static String of(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZONE).toString();
    }
}

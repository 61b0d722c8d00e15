package vn.motcua.server.ticket;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.client.CentreTime;

/** The service day of an instant: the local date in Asia/Ho_Chi_Minh, where numbering resets. */
public final class ServiceDay {

    private ServiceDay() {
    }

    public static String of(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), CentreTime.ZONE).toString();
    }

    /** The first instant of a service day, in epoch milliseconds. */
    public static long start(String serviceDay) {
        return LocalDate.parse(serviceDay).atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli();
    }
}

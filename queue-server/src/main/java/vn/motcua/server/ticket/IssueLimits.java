package vn.motcua.server.ticket;

/**
 * How many tickets one device or one person may take: a short burst, then a steady rate, and at most a
 * share of a service's day so that no single caller can use up the 9,999 numbers the ticket format has
 * (the rest of the day's visitors keep getting numbers). A kiosk that prints needs about 3 s per ticket;
 * a person at a counter issues one now and then.
 *
 * @param deviceBurst       tickets a kiosk may take at once
 * @param devicePerMinute   then this many a minute
 * @param userBurst         tickets an officer, manager or admin may take at once
 * @param userPerMinute     then this many a minute
 * @param dailySharePerService the most numbers of one service one caller may take in a service day
 */
public record IssueLimits(int deviceBurst, int devicePerMinute, int userBurst, int userPerMinute, int dailySharePerService) {
    public static final IssueLimits DEFAULTS = new IssueLimits(30, 30, 10, 10, 3_000);
    /** For load benchmarks and crash tests that issue thousands a second on purpose. */
    public static final IssueLimits OFF = new IssueLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE);

    public IssueLimits {
        if (deviceBurst < 1 || devicePerMinute < 1 || userBurst < 1 || userPerMinute < 1 || dailySharePerService < 1) {
            throw new IllegalArgumentException("issue limits must be at least 1");
        }
    }
}

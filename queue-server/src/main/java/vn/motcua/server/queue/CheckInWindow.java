package vn.motcua.server.queue;

/** How early and how late a booked visitor may check in around the slot's start, in minutes. */
public record CheckInWindow(int earlyMinutes, int lateMinutes) {
    public static final CheckInWindow DEFAULT = new CheckInWindow(15, 10);
}

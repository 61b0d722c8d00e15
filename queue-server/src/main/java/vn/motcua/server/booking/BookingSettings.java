package vn.motcua.server.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * How the centre takes appointments. {@code sessions}: opening hours as [from, to) pairs (the centre's
 * morning and afternoon); {@code slotMinutes}: length of a slot; {@code walkInShare}: share of each slot's
 * capacity kept for walk-ins; {@code earlyMinutes}/{@code lateMinutes}: the check-in window around the
 * slot's start; {@code perPhonePerDay}: bookings one phone may hold on one day; {@code horizonDays}: how
 * far ahead one may book; {@code counterShifts}: when counters are staffed (a counter listed here works only
 * in its shifts; one not listed works every session of every open day).
 */
public record BookingSettings(List<Session> sessions, int slotMinutes, double walkInShare, int earlyMinutes,
                              int lateMinutes, int perPhonePerDay, int horizonDays, List<CounterShift> counterShifts) {
    public static final String SETTING = "booking";

    /** Opening hours of one part of the day. */
    public record Session(LocalTime from, LocalTime to) {
    }

    /**
     * A counter staffed from {@code from} to {@code to} on {@code days} (empty: every open day), e.g. counter 3
     * only on Monday to Friday mornings because its officer does the afternoon's field work.
     */
    public record CounterShift(int counter, List<DayOfWeek> days, LocalTime from, LocalTime to) {
        public CounterShift {
            if (counter < 1) {
                throw new IllegalArgumentException("counterShifts: 'counter' must be a counter number (1 or more)");
            }
            if (from == null || to == null || !from.isBefore(to)) {
                throw new IllegalArgumentException("counterShifts: counter " + counter + " needs 'from' before 'to'");
            }
            days = days == null ? List.of() : List.copyOf(days);
        }

        boolean on(DayOfWeek day) {
            return days.isEmpty() || days.contains(day);
        }
    }

    public BookingSettings {
        if (sessions == null || sessions.isEmpty()) {
            throw new IllegalArgumentException("sessions: at least one opening period is required");
        }
        for (Session s : sessions) {
            if (s == null || s.from() == null || s.to() == null || !s.from().isBefore(s.to())) {
                throw new IllegalArgumentException("sessions: each needs 'from' before 'to'");
            }
        }
        sessions = List.copyOf(sessions);
        if (slotMinutes < 5 || slotMinutes > 240) {
            throw new IllegalArgumentException("slotMinutes must be 5..240");
        }
        if (walkInShare < 0 || walkInShare >= 1) {
            throw new IllegalArgumentException("walkInShare must be in [0, 1)");
        }
        if (earlyMinutes < 0 || earlyMinutes > 240 || lateMinutes < 0 || lateMinutes > 240) {
            throw new IllegalArgumentException("earlyMinutes and lateMinutes must be 0..240");
        }
        if (perPhonePerDay < 1 || perPhonePerDay > 20) {
            throw new IllegalArgumentException("perPhonePerDay must be 1..20");
        }
        if (horizonDays < 1 || horizonDays > 366) {
            throw new IllegalArgumentException("horizonDays must be 1..366");
        }
        if (counterShifts != null && counterShifts.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("counterShifts: an entry is empty");
        }
        counterShifts = counterShifts == null ? List.of() : List.copyOf(counterShifts);
    }

    /** 7:30–11:30 and 13:30–17:00 (the usual hours of a one-stop centre), half-hour slots, half kept for walk-ins. */
    public static BookingSettings defaults() {
        return new BookingSettings(List.of(new Session(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                new Session(LocalTime.of(13, 30), LocalTime.of(17, 0))), 30, 0.5, 15, 10, 2, 30, List.of());
    }

    public long earlyMillis() {
        return earlyMinutes * 60_000L;
    }

    public long lateMillis() {
        return lateMinutes * 60_000L;
    }
}

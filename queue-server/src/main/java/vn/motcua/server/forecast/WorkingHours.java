package vn.motcua.server.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The centre's sessions (by default 7:30–11:30 and 13:30–17:00): nobody is called between them, so a wait
 * that runs into the lunch break takes the break with it.
 */
public record WorkingHours(List<LocalTime[]> sessions) {
    public static WorkingHours defaults() {
        return new WorkingHours(List.of(new LocalTime[] {LocalTime.of(7, 30), LocalTime.of(11, 30)},
                new LocalTime[] {LocalTime.of(13, 30), LocalTime.of(17, 0)}));
    }

    /** The breaks between sessions from {@code now} to the end of the day, as {from, to} epoch millis. */
    public List<long[]> breaksAfter(long now, ZoneId zone) {
        LocalDate day = Instant.ofEpochMilli(now).atZone(zone).toLocalDate();
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < sessions.size(); i++) {
            long from = day.atTime(sessions.get(i)[1]).atZone(zone).toInstant().toEpochMilli();
            long to = day.atTime(sessions.get(i + 1)[0]).atZone(zone).toInstant().toEpochMilli();
            if (to > now) {
                out.add(new long[] {from, to});
            }
        }
        return out;
    }

    /** Whether {@code now} falls in a break between sessions (not before the first or after the last). */
    public boolean onBreak(long now, ZoneId zone) {
        return breaksAfter(now, zone).stream().anyMatch(b -> b[0] <= now && now < b[1]);
    }

    /** The start of the next session after a break that holds {@code now}, or -1. */
    public long resumesAfterBreak(long now, ZoneId zone) {
        return breaksAfter(now, zone).stream().filter(b -> b[0] <= now && now < b[1]).mapToLong(b -> b[1]).findFirst()
                .orElse(-1);
    }
}

package vn.motcua.server.dossier;

import java.time.Instant;
import vn.motcua.client.CentreTime;

/**
 * When a dossier stops being on time: the end of its due day in centre time, not the clock time of its due
 * moment (a 1-day procedure received Monday 10:00 and resolved Tuesday 16:00 is on time). One definition for
 * the centre's indicators and the province hub's table.
 */
public final class DueDay {
    private DueDay() {
    }

    /** The first instant (epoch ms) after the due day of {@code dueAt}: a result before it is on time. */
    public static long end(long dueAt) {
        return Instant.ofEpochMilli(dueAt).atZone(CentreTime.ZONE).toLocalDate().plusDays(1).atStartOfDay(CentreTime.ZONE)
                .toInstant().toEpochMilli();
    }
}

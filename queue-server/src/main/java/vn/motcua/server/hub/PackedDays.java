package vn.motcua.server.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.motcua.server.report.DayTally;
import vn.motcua.server.report.Visit;
import vn.motcua.server.report.VisitFacts;
import vn.motcua.server.report.VisitReplay;
import vn.motcua.server.service.ServiceDef;

/**
 * A centre's finished days as the folder leaves them in {@code centre_day}: the additive counts the province
 * table sums, and the day's visits packed as a centre packs its own report_day ({@link VisitFacts}), with the
 * officers who worked it. A centre's year report then unpacks ~250 rows instead of replaying its events.
 */
final class PackedDays {
    private PackedDays() {
    }

    /** One centre-day reduced: its counts, and its visits packed unless one was still live (then null). */
    record Fold(DayTally tally, String officers, byte[] facts) {
    }

    /**
     * Replays one centre-day as the centre folds its own: the day's visits followed into the next day, ratings
     * of the day and the next. A day that still had a live visit gets its counts but no packed visits (it may
     * still change, exactly why the centre does not fold such a day).
     */
    static Fold fold(Connection c, int centre, String day, String today) throws SQLException {
        VisitReplay.Result r = HubReplay.replay(c, centre, day, day, LocalDate.parse(day).plusDays(1).toString(), today,
                HubReplay.Ids.SAME);
        return fold(r, day, HubReplay.services(c, centre));
    }

    /** One day's replay (its visits followed into the next day) reduced to its counts and packed visits. */
    static Fold fold(VisitReplay.Result r, String day, List<ServiceDef> services) {
        DayTally tally = DayTally.of(r, services);
        if (r.openDays().contains(day)) {
            return new Fold(tally, null, null);
        }
        Set<Long> officers = new TreeSet<>();
        r.daysByOfficer().forEach((officer, days) -> {
            if (days.contains(day)) {
                officers.add(officer);
            }
        });
        return new Fold(tally, String.join(",", officers.stream().map(String::valueOf).toList()), VisitFacts.pack(r.visits()));
    }

    /** The packed days of one centre in {@code from..to}: their visits appended to {@code visits}, officers by day. */
    static Map<String, Set<Long>> load(Connection c, int centre, String from, String to, List<Visit> visits) throws SQLException {
        Map<String, Set<Long>> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT service_day::text, officers, facts FROM centre_day "
                + "WHERE centre_id = ? AND service_day BETWEEN ?::date AND ?::date AND facts IS NOT NULL ORDER BY service_day")) {
            s.setInt(1, centre);
            s.setString(2, from);
            s.setString(3, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String day = rs.getString(1);
                    Set<Long> officers = new TreeSet<>();
                    for (String o : rs.getString(2).split(",")) {
                        if (!o.isEmpty()) {
                            officers.add(Long.parseLong(o));
                        }
                    }
                    out.put(day, officers);
                    List<Visit> unpacked = new ArrayList<>();
                    VisitFacts.unpack(day, rs.getBytes(3), unpacked);
                    visits.addAll(unpacked);
                }
            }
        }
        return out;
    }
}

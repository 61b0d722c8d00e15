package vn.motcua.server.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.client.CentreTime;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.report.DayTally;
import vn.motcua.server.report.ReportSettings;
import vn.motcua.server.report.VisitReplay;

/**
 * The province table: per centre and for the province, the period's share waiting within target, processed
 * within target, satisfaction, productivity against each centre's norm, and dossiers finished on time. Finished
 * days are read from their folds ({@code centre_day}); days not folded yet (today, yesterday, days that got
 * late events) are replayed, and a replayed day's figures are kept for half a minute.
 */
public final class ProvinceTable {
    static final int MAX_DAYS = 400;
    private static final long CACHE_MILLIS = 30_000;
    private final HubDatabase db;
    private final Clock clock;
    private final Map<String, Cached> replayed = new ConcurrentHashMap<>();

    private record Cached(DayTally tally, long at) {
    }

    public ProvinceTable(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One row of the table; the province row has code {@code null}. */
    public record Row(String code, String name, String level, Integer normPerYear, int visits, Double waitWithinShare,
                      Double processingWithinShare, Double satisfaction, int ratings, int received, int officerDays,
                      Double normShare, int dossiersFinished, int dossiersOnTime, Double dossiersOnTimeShare) {
    }

    public record Table(String from, String to, List<Row> centres, Row province) {
    }

    public Table of(List<HubCentre> centres, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiException.badRequest("invalid_field", "'to' phải sau 'from' / 'to' is before 'from'");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ApiException.badRequest("invalid_field", "Khoảng thời gian tối đa " + MAX_DAYS + " ngày / at most " + MAX_DAYS
                    + " days per table");
        }
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(clock.millis()), CentreTime.ZONE);
        return db.read(c -> {
            Map<Integer, DayTally> folded = folded(c, from, to);
            Map<Integer, List<String>> open = unfolded(c, from, to);
            Map<Integer, int[]> dossiers = dossiers(c, from, to);
            List<Row> rows = new ArrayList<>();
            DayTally all = DayTally.ZERO;
            double normalisedReceived = 0;
            int[] provinceDossiers = new int[2];
            for (HubCentre centre : centres) {
                DayTally t = folded.getOrDefault(centre.id(), DayTally.ZERO);
                for (String day : open.getOrDefault(centre.id(), List.of())) {
                    t = t.plus(replayDay(c, centre, day, today));
                }
                int[] d = dossiers.getOrDefault(centre.id(), new int[2]);
                ReportSettings settings = HubReports.settings(centre);
                rows.add(row(centre.code(), centre.name(), centre.level().name(), settings.norm(), t,
                        t.normShare(settings.workingDaysPerYear(), settings.norm()), d));
                all = all.plus(t);
                normalisedReceived += (double) t.received() / settings.norm();
                provinceDossiers[0] += d[0];
                provinceDossiers[1] += d[1];
            }
            Double provinceNorm = all.officerDays() == 0 ? null : Math.round(normalisedReceived * 10000.0
                    * ReportSettings.DEFAULTS.workingDaysPerYear() / all.officerDays()) / 10000.0;
            return new Table(from.toString(), to.toString(), rows, row(null, "Toàn tỉnh / Province", null, null, all, provinceNorm,
                    provinceDossiers));
        });
    }

    private static Row row(String code, String name, String level, Integer norm, DayTally t, Double normShare, int[] d) {
        return new Row(code, name, level, norm, t.visits(), t.waitWithinShare(), t.processingWithinShare(), t.satisfaction(),
                t.ratings(), t.received(), t.officerDays(), normShare, d[0], d[1], d[0] == 0 ? null : Math.round(d[1] * 10000.0 / d[0])
                / 10000.0);
    }

    private DayTally replayDay(Connection c, HubCentre centre, String day, LocalDate today) throws SQLException {
        String key = centre.id() + "|" + day;
        Cached hit = replayed.get(key);
        long now = clock.millis();
        if (hit != null && now - hit.at() < CACHE_MILLIS) {
            return hit.tally();
        }
        DayTally t = tally(c, centre.id(), day, today.toString());
        if (replayed.size() > 50_000) {
            replayed.clear();
        }
        replayed.put(key, new Cached(t, now));
        return t;
    }

    /** One centre-day's figures, its visits followed into the next day (as the centre folds its days). */
    static DayTally tally(Connection c, int centre, String day, String today) throws SQLException {
        VisitReplay.Result r = HubReplay.replay(c, centre, day, day, LocalDate.parse(day).plusDays(1).toString(), today,
                HubReplay.Ids.SAME);
        return DayTally.of(r, HubReplay.services(c, centre));
    }

    private static Map<Integer, DayTally> folded(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<Integer, DayTally> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT centre_id, SUM(visits), SUM(waited), SUM(wait_within), SUM(processed), "
                + "SUM(proc_within), SUM(ratings), SUM(satisfied), SUM(received), SUM(no_shows), SUM(cancelled), SUM(officer_days) "
                + "FROM centre_day WHERE service_day BETWEEN ?::date AND ?::date GROUP BY centre_id")) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), new DayTally(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)));
                }
            }
        }
        return out;
    }

    private static Map<Integer, List<String>> unfolded(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<Integer, List<String>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT centre_id, service_day::text FROM centre_day_dirty "
                + "WHERE service_day BETWEEN ?::date AND ?::date ORDER BY centre_id, service_day")) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Dossiers whose result was first ready (or returned) in the period, and how many of those before the end of
     * their due day ({@code due_end}, from {@link vn.motcua.server.dossier.DueDay} as the centre judges it).
     */
    private static Map<Integer, int[]> dossiers(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<Integer, int[]> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT centre_id, COUNT(*), COUNT(*) FILTER (WHERE due_end IS NULL OR done < due_end) "
                + "FROM (SELECT centre_id, code, MIN(at) AS done, MAX(due_end) AS due_end FROM dossier_fact "
                + "WHERE service_day BETWEEN ?::date AND ?::date AND status IN ('READY', 'RETURNED') GROUP BY centre_id, code) d "
                + "GROUP BY centre_id")) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }
            }
        }
        return out;
    }
}

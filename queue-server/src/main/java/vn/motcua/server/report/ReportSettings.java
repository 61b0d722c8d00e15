package vn.motcua.server.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.settings.CentreSettings;

/**
 * What the figures are judged against, kept in the setting table: the centre's level (its yearly norm),
 * an optional norm override, working days per year (to annualise), the satisfaction target, and the minutes
 * after its slot (or a later check-in) within which an appointment counts as called on time.
 * Wait and processing targets live on each service.
 */
public record ReportSettings(CentreLevel centreLevel, Integer normOverride, int workingDaysPerYear,
                             double satisfactionTarget, int appointmentOnTimeMinutes) {
    static final String LEVEL = "report.centre_level";
    static final String NORM = "report.norm_per_year";
    static final String DAYS = "report.working_days_per_year";
    static final String SATISFACTION = "report.satisfaction_target";
    static final String ON_TIME = "report.appointment_on_time_minutes";
    private static final int DEFAULTS_ON_TIME = 5;
    public static final ReportSettings DEFAULTS = new ReportSettings(CentreLevel.PROVINCE, null, 250, 0.95, DEFAULTS_ON_TIME);

    /** With the default of 5 minutes for an appointment called on time. */
    public ReportSettings(CentreLevel centreLevel, Integer normOverride, int workingDaysPerYear, double satisfactionTarget) {
        this(centreLevel, normOverride, workingDaysPerYear, satisfactionTarget, DEFAULTS_ON_TIME);
    }

    public int norm() {
        return normOverride != null ? normOverride : centreLevel.norm();
    }

    /** Whether the manager set the working days per year; if not, the calendar or the default gives them. */
    static boolean workingDaysSet(Connection c, CentreSettings store) throws SQLException {
        return store.get(c, DAYS).isPresent();
    }

    public static ReportSettings read(Connection c, CentreSettings store) throws SQLException {
        CentreLevel level = store.get(c, LEVEL).map(CentreLevel::valueOf).orElse(DEFAULTS.centreLevel());
        Integer norm = store.get(c, NORM).filter(s -> !s.isBlank()).map(Integer::valueOf).orElse(null);
        int days = store.get(c, DAYS).map(Integer::parseInt).orElse(DEFAULTS.workingDaysPerYear());
        double target = store.get(c, SATISFACTION).map(Double::parseDouble).orElse(DEFAULTS.satisfactionTarget());
        int onTime = store.get(c, ON_TIME).map(Integer::parseInt).orElse(DEFAULTS_ON_TIME);
        return new ReportSettings(level, norm, days, target, onTime);
    }

    /** The wire shape of PUT /api/v1/reports/settings: every field optional, {@code normPerYear: 0} clears the override. */
    public record Change(String centreLevel, Integer normPerYear, Integer workingDaysPerYear, Double satisfactionTarget,
                         Integer appointmentOnTimeMinutes) {
        public Change(String centreLevel, Integer normPerYear, Integer workingDaysPerYear, Double satisfactionTarget) {
            this(centreLevel, normPerYear, workingDaysPerYear, satisfactionTarget, null);
        }
    }

    static void apply(Connection c, CentreSettings store, Change change) throws SQLException {
        Optional<CentreLevel> level = Optional.empty();
        if (change.centreLevel() != null) {
            try {
                level = Optional.of(CentreLevel.valueOf(change.centreLevel()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_field", "Cấp trung tâm không hợp lệ / field 'centreLevel' must be one of "
                        + java.util.Arrays.toString(CentreLevel.values()));
            }
        }
        if (change.normPerYear() != null && (change.normPerYear() < 0 || change.normPerYear() > 100_000)) {
            throw ApiException.badRequest("invalid_field", "Định mức không hợp lệ / field 'normPerYear' must be 0..100000");
        }
        if (change.workingDaysPerYear() != null && (change.workingDaysPerYear() < 1 || change.workingDaysPerYear() > 366)) {
            throw ApiException.badRequest("invalid_field", "Số ngày làm việc không hợp lệ / field 'workingDaysPerYear' must be 1..366");
        }
        if (change.satisfactionTarget() != null && (change.satisfactionTarget() <= 0 || change.satisfactionTarget() > 1)) {
            throw ApiException.badRequest("invalid_field", "Mục tiêu hài lòng không hợp lệ / field 'satisfactionTarget' must be in (0, 1]");
        }
        if (change.appointmentOnTimeMinutes() != null && (change.appointmentOnTimeMinutes() < 0
                || change.appointmentOnTimeMinutes() > 120)) {
            throw ApiException.badRequest("invalid_field",
                    "Số phút gọi đúng hẹn không hợp lệ / field 'appointmentOnTimeMinutes' must be 0..120");
        }
        if (level.isPresent()) {
            store.put(c, LEVEL, level.get().name());
        }
        if (change.normPerYear() != null) {
            store.put(c, NORM, change.normPerYear() == 0 ? "" : change.normPerYear().toString());
        }
        if (change.workingDaysPerYear() != null) {
            store.put(c, DAYS, change.workingDaysPerYear().toString());
        }
        if (change.satisfactionTarget() != null) {
            store.put(c, SATISFACTION, change.satisfactionTarget().toString());
        }
        if (change.appointmentOnTimeMinutes() != null) {
            store.put(c, ON_TIME, change.appointmentOnTimeMinutes().toString());
        }
    }
}

package vn.motcua.server.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.client.indicator.IndicatorReport;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.report.ReportSettings;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;

/** The indicator report of a period and the targets it is judged by (catalogue defaults, centre overrides). */
public final class IndicatorService {
    static final String TARGET_KEY = "indicator.target.";
    private final Database db;
    private final Clock clock;
    private final CentreSettings centre;
    private final IndicatorCatalogue catalogue;
    private final IndicatorStore store = new IndicatorStore();
    private final IndicatorCalculator calculator = new IndicatorCalculator();

    public IndicatorService(Database db, Clock clock, CentreSettings centre, IndicatorCatalogue catalogue) {
        this.db = db;
        this.clock = clock;
        this.centre = centre;
        this.catalogue = catalogue;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CentreTime.ZONE));
    }

    public IndicatorReport report(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiException.badRequest("invalid_field", "'to' trước 'from' / 'to' is before 'from'");
        }
        long asOf = Math.min(clock.millis(), IndicatorStore.startOf(to.plusDays(1)));
        return db.read(c -> new IndicatorReport(centre.name(c), from, to,
                Instant.ofEpochMilli(asOf).atZone(CentreTime.ZONE).toOffsetDateTime(), catalogue.source(),
                calculator.compute(store.read(c, from, to, asOf), asOf, catalogue, targets(c)), catalogue.provincial()));
    }

    private Map<String, Double> targets(Connection c) throws SQLException {
        double satisfaction = ReportSettings.read(c, centre).satisfactionTarget();
        Map<String, Double> out = new LinkedHashMap<>();
        for (IndicatorCatalogue.Definition d : catalogue.computed()) {
            double fallback = d.target() != null ? d.target() : satisfaction;
            out.put(d.code(), centre.get(c, TARGET_KEY + d.code()).map(Double::parseDouble).orElse(fallback));
        }
        return out;
    }

    /** Stores the given targets (shares in (0, 1]); an unknown code or a bad share changes nothing. */
    public void setTargets(Map<String, Double> targets) {
        if (targets == null || targets.isEmpty()) {
            throw ApiException.badRequest("invalid_field", "Thiếu mục tiêu / field 'targets' must name at least one indicator");
        }
        for (Map.Entry<String, Double> t : targets.entrySet()) {
            if (catalogue.computed().stream().noneMatch(d -> d.code().equals(t.getKey()))) {
                throw ApiException.badRequest("invalid_field", "Chỉ số không có / unknown indicator '" + t.getKey() + "' in 'targets'");
            }
            if (t.getValue() == null || !(t.getValue() > 0 && t.getValue() <= 1)) {
                throw ApiException.badRequest("invalid_field", "Mục tiêu không hợp lệ / target of '" + t.getKey()
                        + "' must be a share in (0, 1]");
            }
        }
        db.transaction(c -> {
            for (Map.Entry<String, Double> t : targets.entrySet()) {
                centre.put(c, TARGET_KEY + t.getKey(), t.getValue().toString());
            }
            return null;
        });
    }
}

package vn.motcua.client.indicator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/v1/reports/indicators}: the indicators over the dossiers received from {@code from} to
 * {@code to} (centre dates), as they stood at {@code asOf} (the end of {@code to}, or now if that is earlier).
 */
public record IndicatorReport(String centreName, LocalDate from, LocalDate to, OffsetDateTime asOf, String source,
                              List<Indicator> indicators, List<ProvincialIndicator> provincial) {
}

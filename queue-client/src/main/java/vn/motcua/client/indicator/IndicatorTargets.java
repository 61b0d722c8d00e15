package vn.motcua.client.indicator;

import java.util.Map;

/** {@code PUT /api/v1/reports/indicators/targets}: targets by indicator code, shares in (0, 1]. */
public record IndicatorTargets(Map<String, Double> targets) {
}

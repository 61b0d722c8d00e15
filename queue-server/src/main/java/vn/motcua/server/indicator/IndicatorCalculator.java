package vn.motcua.server.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.client.indicator.Indicator;

/** Counts and divides: each indicator from the period's facts, judged against its target. No I/O. */
final class IndicatorCalculator {
    private static final double EPSILON = 1e-12;

    List<Indicator> compute(PeriodFacts f, long asOf, IndicatorCatalogue catalogue, Map<String, Double> targets) {
        List<PeriodFacts.DossierFact> ds = f.dossiers();
        long received = ds.size();
        long resolved = ds.stream().filter(d -> d.resolvedAt() != null).count();
        long onTime = ds.stream().filter(PeriodFacts.DossierFact::onTime).count();
        long overdue = ds.stream().filter(d -> d.overdue(asOf)).count();
        long digitised = ds.stream().filter(d -> d.electronic() == d.components()).count();
        long reused = ds.stream().filter(d -> d.reused() > 0).count();
        long unhappy = ds.stream().filter(d -> d.overdue(asOf) || d.disliked()).count();
        List<Indicator> out = new ArrayList<>();
        for (IndicatorCatalogue.Definition def : catalogue.computed()) {
            long[] nd = switch (def.code()) {
                case "ON_TIME" -> new long[] {onTime, resolved};
                case "OVERDUE" -> new long[] {overdue, received};
                case "DIGITISED" -> new long[] {digitised, received};
                case "REUSE" -> new long[] {reused, received};
                case "KIOSK_SELF_SERVICE" -> new long[] {received, received + f.counterReceptions()};
                case "SATISFACTION" -> new long[] {received - unhappy, received};
                case "TABLET_SATISFACTION" -> new long[] {f.satisfiedRatings(), f.ratings()};
                default -> throw new IllegalStateException("no count for indicator " + def.code());
            };
            out.add(indicator(def, nd[0], nd[1], targets.get(def.code())));
        }
        return out;
    }

    private static Indicator indicator(IndicatorCatalogue.Definition d, long numerator, long denominator, double target) {
        Double value = denominator == 0 ? null : (double) numerator / denominator;
        Boolean met = value == null ? null
                : d.higherIsBetter() ? value >= target - EPSILON : value <= target + EPSILON;
        return new Indicator(d.code(), d.groupVi(), d.groupEn(), d.nameVi(), d.nameEn(), d.formulaVi(), d.formulaEn(),
                numerator, denominator, value, target, d.higherIsBetter(), met);
    }
}

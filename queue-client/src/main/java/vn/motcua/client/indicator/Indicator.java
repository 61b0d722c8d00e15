package vn.motcua.client.indicator;

/**
 * One national indicator (Decision 766/QĐ-TTg) as the centre computes it from its own data: the counts it is
 * made of, so anyone can redo the division, the value (null when nothing was counted), the target and whether
 * it was met (null without a value). {@code higherIsBetter} false: the target is a ceiling (overdue share).
 */
public record Indicator(String code, String groupVi, String groupEn, String nameVi, String nameEn,
                        String formulaVi, String formulaEn, long numerator, long denominator, Double value,
                        double target, boolean higherIsBetter, Boolean met) {
}

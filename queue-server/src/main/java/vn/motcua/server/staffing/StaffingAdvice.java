package vn.motcua.server.staffing;

/**
 * The smallest number of counters for which the mean wait is at most the target and the share of visitors
 * waiting at most the target reaches the service level (Erlang C, M/M/c).
 */
public record StaffingAdvice(int counters, double expectedWaitMinutes, double probabilityWithinTarget, double utilisation) {
    static final int MAX_COUNTERS = 5_000;

    /** Refuses what no staffing can meet, naming the input. */
    public static StaffingAdvice advise(double arrivalsPerHour, double meanServiceMinutes, double targetWaitMinutes,
                                        double serviceLevel) {
        if (!(arrivalsPerHour >= 0) || Double.isInfinite(arrivalsPerHour)) {
            throw new IllegalArgumentException("--arrivals-per-hour must be a number ≥ 0, got " + arrivalsPerHour);
        }
        if (!(meanServiceMinutes > 0) || Double.isInfinite(meanServiceMinutes)) {
            throw new IllegalArgumentException("--mean-service-minutes must be a number > 0, got " + meanServiceMinutes);
        }
        if (!(targetWaitMinutes >= 0) || Double.isInfinite(targetWaitMinutes)) {
            throw new IllegalArgumentException("--target-wait-minutes must be a number ≥ 0, got " + targetWaitMinutes);
        }
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("--service-level must be a share strictly between 0 and 1 (0.9 = 90 %), got "
                    + serviceLevel + "; with random arrivals no number of counters makes every wait certain");
        }
        if (arrivalsPerHour == 0) {
            return new StaffingAdvice(0, 0, 1, 0);
        }
        double lambda = arrivalsPerHour / 60;
        double load = lambda * meanServiceMinutes;
        for (int c = Math.max(1, (int) Math.floor(load) + 1); c <= MAX_COUNTERS; c++) {
            ErlangC.Result r = ErlangC.of(lambda, meanServiceMinutes, c);
            double within = r.probabilityWithin(targetWaitMinutes, lambda, 1 / meanServiceMinutes);
            if (r.meanWaitMinutes() <= targetWaitMinutes && within >= serviceLevel) {
                return new StaffingAdvice(c, r.meanWaitMinutes(), within, r.utilisation());
            }
        }
        throw new IllegalArgumentException("more than " + MAX_COUNTERS + " counters would be needed for an offered load of "
                + Math.round(load) + " Erlangs; check --arrivals-per-hour and --mean-service-minutes");
    }
}

package vn.motcua.server.staffing;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals, exponential service, {@code c} counters, nobody leaves.
 * Rates are per minute so that waits come out in minutes.
 */
public final class ErlangC {
    private ErlangC() {
    }

    /** Figures of one staffing level. */
    public record Result(int counters, double probabilityOfWaiting, double meanWaitMinutes, double utilisation) {
        /** P(wait ≤ t) = 1 − C·e^{−(cμ−λ)t}. */
        public double probabilityWithin(double minutes, double arrivalsPerMinute, double serviceRatePerMinute) {
            return 1 - probabilityOfWaiting * Math.exp(-(counters * serviceRatePerMinute - arrivalsPerMinute) * minutes);
        }
    }

    /**
     * @param arrivalsPerMinute λ
     * @param meanServiceMinutes 1/μ
     * @param counters c, which must exceed the offered load λ/μ for the queue to be stable
     */
    public static Result of(double arrivalsPerMinute, double meanServiceMinutes, int counters) {
        double load = arrivalsPerMinute * meanServiceMinutes;
        if (counters <= load) {
            throw new IllegalArgumentException("unstable: " + counters + " counters for an offered load of " + load);
        }
        double c = probabilityOfWaiting(load, counters);
        double mu = 1 / meanServiceMinutes;
        double wait = c / (counters * mu - arrivalsPerMinute);
        return new Result(counters, c, wait, load / counters);
    }

    /**
     * Erlang C through the Erlang B recursion B(k) = aB(k−1) / (k + aB(k−1)), which stays finite for
     * hundreds of counters where a^c/c! would overflow.
     */
    static double probabilityOfWaiting(double load, int counters) {
        double b = 1;
        for (int k = 1; k <= counters; k++) {
            b = load * b / (k + load * b);
        }
        return counters * b / (counters - load * (1 - b));
    }
}

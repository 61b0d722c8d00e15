package vn.motcua.server.staffing;

/**
 * The M/M/c+M queue (Erlang A): as Erlang C, but a waiting visitor leaves after an exponential patience
 * of mean {@code 1/θ}. Here the centre's no-shows play the part of abandonment: a visitor who is called and
 * is not there left the queue while waiting. Solved as the birth–death chain it is (states = visitors present,
 * truncated where the probabilities vanish), so no incomplete gamma functions are needed.
 */
public final class ErlangA {
    private static final double NEGLIGIBLE = 1e-13;

    private ErlangA() {
    }

    /**
     * @param meanWaitMinutes mean time in queue over all arrivals (those who leave included)
     * @param abandonShare share of arrivals who leave before being called
     * @param probabilityWithinTarget P(the wait a visitor with infinite patience would have ≤ target)
     */
    public record Result(int counters, double meanWaitMinutes, double abandonShare, double probabilityWithinTarget,
                         double utilisation) {
    }

    public static Result of(double arrivalsPerMinute, double meanServiceMinutes, double meanPatienceMinutes, int counters,
                            double targetMinutes) {
        if (counters < 1 || arrivalsPerMinute <= 0 || meanServiceMinutes <= 0 || meanPatienceMinutes <= 0) {
            throw new IllegalArgumentException("Erlang A needs positive arrivals, service, patience and counters");
        }
        double mu = 1 / meanServiceMinutes;
        double theta = 1 / meanPatienceMinutes;
        // p(n) ∝ Π λ / death(k); with abandonment the chain is stable at any load, so truncate when terms vanish.
        java.util.List<Double> p = new java.util.ArrayList<>();
        p.add(1.0);
        double total = 1;
        for (int n = 1; n < 1_000_000; n++) {
            double death = Math.min(n, counters) * mu + Math.max(0, n - counters) * theta;
            double next = p.get(n - 1) * arrivalsPerMinute / death;
            p.add(next);
            total += next;
            if (n > counters && next / total < NEGLIGIBLE) {
                break;
            }
        }
        double queue = 0;
        double busy = 0;
        for (int n = 0; n < p.size(); n++) {
            double pn = p.get(n) / total;
            p.set(n, pn);
            queue += Math.max(0, n - counters) * pn;
            busy += Math.min(n, counters) * pn;
        }
        double meanWait = queue / arrivalsPerMinute; // Little's law over every arrival
        double abandon = theta * queue / arrivalsPerMinute;
        return new Result(counters, meanWait, abandon, withinTarget(p, counters, mu, theta, targetMinutes),
                busy / counters);
    }

    /**
     * An arrival who finds n ≥ c present (PASTA) is called after n − c + 1 departures from the queue's head,
     * each at rate cμ + (people ahead)θ. The distribution of that time is found by uniformisation: one
     * vector over queue positions, moved step by step, weighted with the Poisson probabilities of the steps.
     */
    private static double withinTarget(java.util.List<Double> p, int counters, double mu, double theta, double target) {
        int positions = Math.max(0, p.size() - counters);
        double immediate = 0;
        for (int n = 0; n < Math.min(counters, p.size()); n++) {
            immediate += p.get(n);
        }
        if (positions == 0 || target <= 0) {
            return immediate;
        }
        double[] at = new double[positions + 1]; // at[k]: still k−1 ahead of me (k = my position), at[0]: called
        for (int k = 1; k <= positions; k++) {
            at[k] = p.get(counters + k - 1);
        }
        double rate = counters * mu + (positions - 1) * theta;
        double lt = rate * target;
        int steps = (int) Math.ceil(lt + 12 * Math.sqrt(lt) + 20);
        double logWeight = -lt;
        double called = 0;
        for (int n = 0; n <= steps; n++) {
            double weight = Math.exp(logWeight);
            called += weight * at[0];
            for (int k = 1; k <= positions; k++) { // move one uniformised step: down one position with r_k / Λ
                double move = at[k] * (counters * mu + (k - 1) * theta) / rate;
                at[k] -= move;
                at[k - 1] += move;
            }
            logWeight += Math.log(lt) - Math.log(n + 1);
        }
        // The tail beyond `steps` has Poisson mass below 1e-30; what was called by then is all that counts.
        return immediate + called;
    }
}

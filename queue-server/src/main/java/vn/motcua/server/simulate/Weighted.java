package vn.motcua.server.simulate;

import java.util.Random;

/** Picks an index with probability proportional to its weight: service mixes, categories, outcomes. */
public final class Weighted {
    private Weighted() {
    }

    public static int pick(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

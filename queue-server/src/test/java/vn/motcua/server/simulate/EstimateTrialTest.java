package vn.motcua.server.simulate;

import vn.motcua.client.CentreTime;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.PolicySettings;

/**
 * The forecaster against the naive estimate on one simulated day shape (the bench's {@code estimate} part
 * runs them all). Fails if the forecaster's error is not clearly below the naive one, or its range holds
 * fewer than 80 % of the actual waits.
 */
class EstimateTrialTest {
    @Test
    void forecasterBeatsTheNaiveEstimateOnAQuietDayAndAMorningPeak() {
        EstimateTrial trial = new EstimateTrial(new CallPolicy(PolicySettings.defaults()), CentreTime.ZONE, 20);
        for (String shape : new String[] {"quiet", "morning-peak"}) {
            EstimateTrial.Result r = trial.run(shape, 2, 1, 7);
            assertThat(r.forecaster().tickets()).as(shape).isGreaterThan(50);
            assertThat(r.forecaster().mae()).as(shape).isLessThan(0.8 * r.naive().mae());
            assertThat(r.forecaster().inRange()).as(shape).isGreaterThanOrEqualTo(0.8);
        }
    }
}

package vn.motcua.server.forecast;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * At SIGTERM the forecast timer stops before the event dispatcher has drained: a queue event arriving then
 * asked the stopped timer for a refresh and the dispatcher thread died with RejectedExecutionException
 * (seen in KillRestartIT's log check).
 */
class ForecastServiceCloseTest {

    @Test
    void aQueueChangeAfterCloseIsIgnored() {
        ForecastService forecasts = new ForecastService(null, Clock.systemUTC(), null, null, null, null, null);
        forecasts.close();
        assertThatCode(forecasts::changed).doesNotThrowAnyException();
        assertThatCode(forecasts::changed).doesNotThrowAnyException();
    }
}

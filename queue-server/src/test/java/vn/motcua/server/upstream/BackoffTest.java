package vn.motcua.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesFromTheBaseUpToTheCapJitteredOverTheUpperHalf() {
        Backoff low = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(60), () -> 0.0);
        Backoff high = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(60), () -> 0.999_999);
        assertThat(low.delayMillis(1)).isEqualTo(250);
        assertThat(high.delayMillis(1)).isEqualTo(499);
        assertThat(low.delayMillis(2)).isEqualTo(500);
        assertThat(low.delayMillis(5)).isEqualTo(4_000);
        assertThat(high.delayMillis(5)).isEqualTo(7_999);
        assertThat(low.delayMillis(8)).isEqualTo(30_000);
        assertThat(high.delayMillis(9)).isEqualTo(59_999);
        assertThat(low.delayMillis(1_000)).isEqualTo(30_000);
        assertThat(high.delayMillis(1_000)).isEqualTo(59_999);
    }
}

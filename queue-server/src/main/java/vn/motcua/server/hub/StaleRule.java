package vn.motcua.server.hub;

import java.time.Clock;

/** When a centre's feed counts as stale: nothing heard from it for {@code afterSeconds} (default 5 minutes). */
public record StaleRule(Clock clock, long afterSeconds) {
    /** Seconds since the centre's last accepted batch, or null if it never sent one. */
    Long lagSeconds(Long lastContactAt) {
        return lastContactAt == null ? null : Math.max(0, (clock.millis() - lastContactAt) / 1000);
    }

    boolean stale(Long lastContactAt) {
        Long lag = lagSeconds(lastContactAt);
        return lag == null || lag > afterSeconds;
    }
}

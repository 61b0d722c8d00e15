package vn.motcua.server.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that runs {@code speed} times faster than real time from its start: demos and simulations. */
public final class AcceleratedClock extends Clock {
    private final long startReal;
    private final long startVirtual;
    private final double speed;
    private final ZoneId zone;

    public AcceleratedClock(Clock base, double speed) {
        this(base.millis(), base.millis(), speed, base.getZone());
    }

    /** Starts at {@code startMillis} instead of now (a demo of a working morning at any hour). */
    public AcceleratedClock(Clock base, double speed, long startMillis) {
        this(base.millis(), startMillis, speed, base.getZone());
    }

    private AcceleratedClock(long startReal, long startVirtual, double speed, ZoneId zone) {
        this.startReal = startReal;
        this.startVirtual = startVirtual;
        this.speed = speed;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AcceleratedClock(startReal, startVirtual, speed, other);
    }

    @Override
    public long millis() {
        return startVirtual + (long) ((System.currentTimeMillis() - startReal) * speed);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}

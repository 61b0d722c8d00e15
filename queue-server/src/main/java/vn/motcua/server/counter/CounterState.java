package vn.motcua.server.counter;

/** A counter is OPEN (calling), PAUSED (officer present, not calling) or CLOSED (nobody there). */
public enum CounterState {
    OPEN, PAUSED, CLOSED
}

package vn.motcua.server.health;

/** One part's state: OK, DEGRADED (works, someone should look) or FAILED (the server cannot do its job). */
public record PartHealth(State state, String detail) {
    public enum State { OK, DEGRADED, FAILED }

    static PartHealth ok(String detail) {
        return new PartHealth(State.OK, detail);
    }

    static PartHealth degraded(String detail) {
        return new PartHealth(State.DEGRADED, detail);
    }

    static PartHealth failed(String detail) {
        return new PartHealth(State.FAILED, detail);
    }
}

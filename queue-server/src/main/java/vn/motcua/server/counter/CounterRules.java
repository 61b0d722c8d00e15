package vn.motcua.server.counter;

/** How many recalls before a no-show may be marked, and how long a no-show can still be reinstated. */
public record CounterRules(int recallsBeforeNoShow, long noShowGraceMillis) {
    public static CounterRules defaults() {
        return new CounterRules(1, 30 * 60_000L);
    }
}

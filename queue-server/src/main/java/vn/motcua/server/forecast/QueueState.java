package vn.motcua.server.forecast;

import java.util.List;
import vn.motcua.server.queue.CallPolicy;

/**
 * What the forecaster needs to know about the hall at one moment: who waits (as the call policy sees them)
 * and what every counter is doing. Built from the store by the server and from its own state by the
 * day simulator, so both forecast with the same code.
 */
public record QueueState(long now, List<CallPolicy.Candidate> waiting, List<CounterNow> counters, List<long[]> breaks) {
    /** @param breaks centre-wide pauses ahead ({from, to} epoch millis) in which nobody is called */
    public QueueState {
        waiting = List.copyOf(waiting);
        counters = List.copyOf(counters);
        breaks = List.copyOf(breaks);
    }

    /**
     * One counter. {@code busySince}: when its current ticket was called, or -1 when it is free;
     * {@code officer}: who works there (service speeds differ by officer), null when unknown;
     * {@code resumesAt}: when a counter that is not open now is expected to call again (after the lunch
     * break), or -1 when nobody expects it back.
     */
    public record CounterNow(int number, List<String> services, boolean priority, int prioritySinceNormal, boolean open,
                             String servingService, long busySince, Long officer, long resumesAt) {
        public CounterNow {
            services = List.copyOf(services);
        }

        public boolean busy() {
            return busySince >= 0;
        }
    }
}

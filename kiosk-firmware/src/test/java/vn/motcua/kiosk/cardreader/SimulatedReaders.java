package vn.motcua.kiosk.cardreader;

import java.time.Clock;
import java.time.ZoneId;

/** For tests outside this package: a simulated reader as the profile's factory builds it. */
public final class SimulatedReaders {
    private SimulatedReaders() {
    }

    public static SimulatedCardReader open() {
        return open(line -> { });
    }

    /** @param trace gets the APDU trace (headers and status words) as the read goes */
    public static SimulatedCardReader open(java.util.function.Consumer<String> trace) {
        return (SimulatedCardReader) CardReaders.open(new CardReaderConfig("simulated", null, null, null),
                Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")), trace).orElseThrow();
    }
}

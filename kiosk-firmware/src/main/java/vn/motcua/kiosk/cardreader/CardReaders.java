package vn.motcua.kiosk.cardreader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/** The one place that turns a profile's cardReader section into a driver. */
public final class CardReaders {
    private CardReaders() {
    }

    /**
     * @param trace where the APDU trace goes (headers and status words only), e.g. a debug log
     * @return empty when the profile names no card reader
     * @throws IllegalArgumentException for an unknown type or an unreadable CSCA folder
     */
    public static Optional<CardReader> open(CardReaderConfig config, Clock clock, Consumer<String> trace) {
        if (config == null) {
            return Optional.empty();
        }
        CscaStore cscas = config.cscaFolder() == null ? CscaStore.NONE : CscaStore.load(Path.of(config.cscaFolder()));
        ChipAssembler assembler = new ChipAssembler(new PassiveAuthenticator(cscas), clock);
        return Optional.of(switch (config.type()) {
            case "pcsc" -> new PcscCardReader(config.reader(), assembler, trace);
            case "simulated" -> new SimulatedCardReader(cscas, clock, trace);
            default -> throw new IllegalArgumentException("cardReader.type must be pcsc or simulated, got '" + config.type() + "'");
        });
    }
}

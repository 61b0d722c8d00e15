package vn.motcua.kiosk.cardreader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.kiosk.cardreader.emulated.ChipAccess;

/** The one place that turns a profile's cardReader section into a driver. */
public final class CardReaders {
    private CardReaders() {
    }

    /**
     * @param trace where the APDU trace goes (headers and status words only), e.g. a debug log
     * @return empty when the profile names no card reader
     * @throws IllegalArgumentException for an unknown type or chip access, or an unreadable CSCA folder
     */
    public static Optional<CardReader> open(CardReaderConfig config, Clock clock, Consumer<String> trace) {
        if (config == null) {
            return Optional.empty();
        }
        if (config.chipAccess() != null && !"simulated".equals(config.type())) {
            throw new IllegalArgumentException("cardReader.chipAccess applies to the simulated reader only (a real card decides for itself)");
        }
        CscaStore cscas = config.cscaFolder() == null ? CscaStore.NONE : CscaStore.load(Path.of(config.cscaFolder()));
        ChipAssembler assembler = new ChipAssembler(new PassiveAuthenticator(cscas), clock);
        return Optional.of(switch (config.type()) {
            case "pcsc" -> new PcscCardReader(config.reader(), assembler, trace);
            case "simulated" -> new SimulatedCardReader(cscas, clock, trace, ChipAccess.parse(config.chipAccess()));
            default -> throw new IllegalArgumentException("cardReader.type must be pcsc or simulated, got '" + config.type() + "'");
        });
    }
}

package vn.motcua.kiosk.cardreader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.TerminalCardService;
import vn.motcua.client.DeviceStatus;
import vn.motcua.kiosk.cardreader.CardReaderException.Kind;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;

/**
 * A contactless reader behind pcscd, through {@code javax.smartcardio}. The reader is found by a name or a
 * part of it, as {@code pcsc_scan} lists readers; it is looked up again at each read so a reader plugged
 * in after start is found.
 */
public final class PcscCardReader implements CardReader {
    /** Debian ships only libpcsclite.so.1 without the -dev package; the JDK looks for libpcsclite.so. */
    private static final List<String> LIBRARIES = List.of("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1",
            "/usr/lib/aarch64-linux-gnu/libpcsclite.so.1", "/usr/lib/arm-linux-gnueabihf/libpcsclite.so.1",
            "/lib/x86_64-linux-gnu/libpcsclite.so.1", "/usr/lib64/libpcsclite.so.1", "/usr/lib/libpcsclite.so.1");

    private final String readerName;
    private final ChipAssembler assembler;
    private final Consumer<String> trace;

    PcscCardReader(String readerName, ChipAssembler assembler, Consumer<String> trace) {
        this.readerName = readerName == null ? "" : readerName;
        this.assembler = assembler;
        this.trace = trace;
        useSystemPcscLibrary();
    }

    static void useSystemPcscLibrary() {
        if (System.getProperty("sun.security.smartcardio.library") != null) {
            return;
        }
        LIBRARIES.stream().filter(p -> Files.exists(Path.of(p))).findFirst()
                .ifPresent(p -> System.setProperty("sun.security.smartcardio.library", p));
    }

    @Override
    public ChipReading read(AccessKey key, Duration waitForCard, ReadCancel cancel) {
        CardTerminal terminal = terminal();
        return assembler.assemble(new ChipReadLoop(new Slot(terminal), trace).read(key, waitForCard, cancel));
    }

    @Override
    public DeviceStatus status() {
        try {
            CardTerminal t = find(TerminalFactory.getDefault().terminals().list());
            return t == null ? DeviceStatus.offline(DeviceCode.NO_READER, "no PC/SC reader matching '" + readerName + "'")
                    : DeviceStatus.online(t.getName());
        } catch (CardException e) {
            String why = rootMessage(e);
            // pcsc-lite answers "no readers" as an error rather than an empty list
            return why.contains("SCARD_E_NO_READERS_AVAILABLE")
                    ? DeviceStatus.offline(DeviceCode.NO_READER, "no PC/SC reader connected")
                    : DeviceStatus.offline(DeviceCode.NO_SERVICE, "PC/SC unavailable: " + why);
        }
    }

    @Override
    public String description() {
        return "pcsc '" + readerName + "'";
    }

    @Override
    public void close() {
        // javax.smartcardio holds no per-reader resources between reads
    }

    private CardTerminal terminal() {
        DeviceStatus status = status();
        if (status.state() == DeviceState.OFFLINE) {
            throw new CardReaderException(Kind.NO_READER, status.detail());
        }
        try {
            return find(TerminalFactory.getDefault().terminals().list());
        } catch (CardException e) {
            throw new CardReaderException(Kind.NO_READER, "PC/SC unavailable: " + rootMessage(e), e);
        }
    }

    private CardTerminal find(List<CardTerminal> terminals) {
        return terminals.stream().filter(t -> t.getName().contains(readerName)).findFirst().orElse(null);
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return String.valueOf(e.getMessage());
    }

    private record Slot(CardTerminal terminal) implements CardSlot {
        @Override
        public boolean waitForCard(Duration wait) {
            try {
                return terminal.waitForCardPresent(Math.max(1, wait.toMillis()));
            } catch (CardException e) {
                throw new CardReaderException(Kind.NO_READER, "reader '" + terminal.getName() + "' gone: " + rootMessage(e), e);
            }
        }

        @Override
        public boolean cardPresent() {
            try {
                return terminal.isCardPresent();
            } catch (CardException e) {
                return false;
            }
        }

        @Override
        public boolean linkFailure(Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CardException) {
                    return true; // PC/SC could not deliver the APDU: a card's refusal is a status word instead
                }
            }
            return false;
        }

        @Override
        public void waitForRemoval(Duration wait) {
            try {
                terminal.waitForCardAbsent(Math.max(1, wait.toMillis()));
            } catch (CardException e) {
                // the reader itself is gone: the next wait for the card says so
            }
        }

        @Override
        public CardService connect() {
            return new TerminalCardService(terminal);
        }
    }
}

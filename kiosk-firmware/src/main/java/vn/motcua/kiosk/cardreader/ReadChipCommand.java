package vn.motcua.kiosk.cardreader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Json;
import vn.motcua.kiosk.idcard.CccdResult;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.idcard.MrzParser;
import vn.motcua.kiosk.idcard.MrzResult;

/**
 * {@code read-chip}: reads the chip ID card on a PC/SC reader and prints one JSON object. Exit 0 read;
 * 1 the chip refused the key; 2 no reader or no card (or the card was lifted for good); 3 the chip's data
 * could not be read; 64 the key given on the command line is not usable. The reason goes to stderr.
 */
@Command(name = "read-chip", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Read a chip ID card (CCCD) over PC/SC: BAC or PACE, DG1, DG2, DG13, SOD, passive authentication.")
public final class ReadChipCommand implements Callable<Integer> {
    static final int EXIT_BAD_KEY = 64;

    @Option(names = "--reader", paramLabel = "NAME", description = "PC/SC reader name or part of it (default: the first reader)")
    String reader;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource key;

    @Option(names = "--csca", paramLabel = "DIR", description = "folder of trusted CSCA certificates (PEM/DER)")
    String csca;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10", description = "how long to wait for a card (default ${DEFAULT-VALUE})")
    int waitSeconds;

    @Option(names = "--trace", description = "print the APDU exchange (headers and status words only) on stderr")
    boolean trace;

    static final class KeySource {
        @Option(names = "--mrz", paramLabel = "\"L1\\nL2\\nL3\"", description = "the TD1 MRZ from the card's back", required = true)
        String mrz;
        @ArgGroup(exclusive = false)
        Typed typed;
        @Option(names = "--qr", paramLabel = "PAYLOAD", description = "the card's QR payload: key derived from it", required = true)
        String qr;
    }

    static final class Typed {
        @Option(names = "--document-number", paramLabel = "N", required = true, description = "12-digit personal number or the 9-digit document number")
        String documentNumber;
        @Option(names = "--birth", paramLabel = "YYYY-MM-DD", required = true)
        String birth;
        @Option(names = "--expiry", paramLabel = "YYYY-MM-DD", required = true, description = "or 'none' for a card without expiry")
        String expiry;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public ReadChipCommand() {
        this(new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8),
                Clock.system(CentreTime.ZONE));
    }

    ReadChipCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        CccdResult qr = null;
        AccessKey accessKey;
        try {
            if (key.qr != null) {
                qr = new CccdQrParser(clock).parse(key.qr);
                if (!qr.valid()) {
                    err.println("read-chip: the QR payload is not a valid CCCD QR: " + qr.errors().get(0).message());
                    return EXIT_BAD_KEY;
                }
                accessKey = AccessKey.fromQr(qr.fields());
            } else if (key.mrz != null) {
                MrzResult mrz = new MrzParser(clock).parse(key.mrz.replace("\\n", "\n"));
                if (!mrz.valid()) {
                    err.println("read-chip: the MRZ is not valid: " + mrz.errors().get(0).message());
                    return EXIT_BAD_KEY;
                }
                accessKey = AccessKey.fromMrz(mrz.fields());
            } else {
                String n = key.typed.documentNumber;
                accessKey = AccessKey.of(n.length() == 12 ? n.substring(3) : n, LocalDate.parse(key.typed.birth),
                        "none".equals(key.typed.expiry) ? Optional.empty() : Optional.of(LocalDate.parse(key.typed.expiry)));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("read-chip: " + e.getMessage());
            return EXIT_BAD_KEY;
        }
        CardReaderConfig config = new CardReaderConfig("pcsc", reader, csca, waitSeconds);
        try (CardReader cardReader = CardReaders.open(config, clock, trace ? line -> err.println("apdu: " + line) : line -> { })
                .orElseThrow()) {
            ChipReading reading = cardReader.read(accessKey, Duration.ofSeconds(waitSeconds));
            ObjectMapper mapper = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode json = mapper.valueToTree(reading);
            if (qr != null) {
                List<String> mismatches = QrChipCrossCheck.mismatches(qr.fields(), reading.fields());
                json.putPOJO("qrMismatches", mismatches);
                if (!mismatches.isEmpty()) {
                    err.println("read-chip: QR and chip differ in " + String.join(", ", mismatches));
                }
            }
            out.println(mapper.writeValueAsString(json));
            if (reading.passiveAuthentication().status() != PassiveAuthentication.Status.VERIFIED) {
                err.println("read-chip: passive authentication " + reading.passiveAuthentication().status() + ": "
                        + reading.passiveAuthentication().detail());
            }
            return 0;
        } catch (CardReaderException e) {
            err.println("read-chip: " + e.getMessage());
            err.println(e.citizenMessage());
            return e.kind().exitCode();
        } catch (IllegalArgumentException e) {
            err.println("read-chip: " + e.getMessage());
            return EXIT_BAD_KEY;
        }
    }
}

package vn.motcua.kiosk.idcard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Json;

/** {@code check-id}: one QR payload on stdin, the parse result as JSON on stdout; exit 0 valid, 1 not. */
@Command(name = "check-id", mixinStandardHelpOptions = true,
        description = "Read one CCCD QR payload from stdin and print {valid, fields, errors, warnings} as JSON.")
public final class CheckIdCommand implements Callable<Integer> {

    private final InputStream in;
    private final PrintStream out;
    private final Clock clock;

    public CheckIdCommand() {
        this(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8), Clock.system(CentreTime.ZONE));
    }

    CheckIdCommand(InputStream in, PrintStream out, Clock clock) {
        this.in = in;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        CccdResult result = payload()
                .map(text -> new CccdQrParser(clock).parse(text))
                .orElseGet(() -> new CccdResult(false, CccdFields.NONE, List.of(new IdProblem("payload", "TOO_LONG",
                        "more than " + CccdQrParser.MAX_PAYLOAD_CHARS * 4 + " bytes on stdin")), List.of()));
        ObjectMapper mapper = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(result));
        return result.valid() ? 0 : 1;
    }

    /** Reads at most a bounded amount so a runaway pipe cannot exhaust memory; empty when over it. */
    private java.util.Optional<String> payload() throws IOException {
        int limit = CccdQrParser.MAX_PAYLOAD_CHARS * 4;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        for (int n; (n = in.read(chunk)) > 0; ) {
            buffer.write(chunk, 0, n);
            if (buffer.size() > limit) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(buffer.toString(StandardCharsets.UTF_8));
    }
}

package vn.motcua.board.led;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulatedLinkTest {
    @Test
    void printsWhatEachBoardWouldShow() {
        StxXorProtocol protocol = new StxXorProtocol(5);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (SimulatedLink link = new SimulatedLink(protocol, new PrintStream(buf, true, StandardCharsets.UTF_8))) {
            link.write(protocol.encode(new LedCommand(12, "C0001", false)));
            link.write(protocol.encode(new LedCommand(12, "C0001", true)));
            link.write(protocol.encode(new LedCommand(3, "", false)));
        }
        assertThat(buf.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("LED 12 steady C0001", "LED 12 flash  C0001", "LED 03 steady (blank)");
    }
}

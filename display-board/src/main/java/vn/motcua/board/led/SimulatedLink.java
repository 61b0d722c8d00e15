package vn.motcua.board.led;

import java.io.PrintStream;

/**
 * A bus without boards, for a demo or a site survey: frames are decoded again and printed, so the
 * agent runs exactly the code it runs against real boards. Chosen with {@code "port": "sim"}.
 */
public final class SimulatedLink implements LedLink {
    public static final String PORT = "sim";
    private final LedProtocol protocol;
    private final PrintStream out;

    public SimulatedLink(LedProtocol protocol, PrintStream out) {
        this.protocol = protocol;
        this.out = out;
    }

    @Override
    public void write(byte[] frame) {
        for (LedCommand c : protocol.decode(frame)) {
            out.printf("LED %02d %s %s%n", c.address(), c.flash() ? "flash " : "steady", c.text().isEmpty() ? "(blank)" : c.text());
        }
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}

package vn.motcua.board.led;

import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code frame}: prints (and optionally sends) one frame, for an installer setting board addresses. */
@Command(name = "frame", mixinStandardHelpOptions = true, description = "Print the bytes for one LED board; --port sends them.")
public final class FrameCommand implements Callable<Integer> {
    @Option(names = "--address", required = true, description = "bus address of the board (1..99)")
    int address;

    @Option(names = "--text", required = true, description = "what to show, e.g. A0012")
    String text;

    @Option(names = "--flash", description = "flashing instead of steady")
    boolean flash;

    @Option(names = "--width", defaultValue = "5", description = "characters on the board (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--protocol", defaultValue = StxXorProtocol.NAME, description = "default ${DEFAULT-VALUE}")
    String protocol;

    @Option(names = "--port", description = "serial port to send the frame to")
    String port;

    @Option(names = "--baud", defaultValue = "9600")
    int baud;

    @Override
    public Integer call() throws Exception {
        byte[] frame = LedProtocols.byName(protocol, width).encode(new LedCommand(address, text, flash));
        System.out.println(HexFormat.ofDelimiter(" ").formatHex(frame));
        if (port != null) {
            try (SerialLink link = new SerialLink(port, baud)) {
                link.write(frame);
            }
        }
        return 0;
    }
}

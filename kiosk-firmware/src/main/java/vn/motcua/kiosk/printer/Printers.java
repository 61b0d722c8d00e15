package vn.motcua.kiosk.printer;

import java.nio.file.Path;

/** The one place that turns a profile's printer section into a driver. */
public final class Printers {

    private static final int CONNECT_TIMEOUT_MS = 3000;

    private Printers() {
    }

    /**
     * Builds the printer the profile names. Real printers connect on first use, so a kiosk starts (and
     * reports the printer offline) even when the printer is unplugged.
     *
     * @throws IllegalArgumentException when printer.transport or printer.port is missing or unknown
     */
    public static TicketPrinter open(PrinterConfig config) {
        String transport = config.transport() == null ? "" : config.transport();
        String needed = transport.equals("file") ? config.output() : config.port();
        if (needed == null || needed.isBlank()) {
            throw new IllegalArgumentException(transport.equals("file") ? "printer.output is required"
                    : "printer.port is required");
        }
        PrinterFonts fonts = new PrinterFonts();
        EscPosEncoder encoder = new EscPosEncoder(config, fonts);
        StatusReader status = new StatusReader(config.statusTimeoutOrDefault());
        return switch (transport) {
            case "serial" -> new EscPosPrinter(() -> SerialLink.open(config.port(), config.baudOrDefault()),
                    encoder, status);
            case "usb-lp" -> new EscPosPrinter(() -> DeviceFileLink.open(Path.of(config.port())), encoder, status);
            case "tcp" -> new EscPosPrinter(() -> SocketLink.open(config.port(), CONNECT_TIMEOUT_MS), encoder, status);
            case "file" -> new SimulatedPrinter(Path.of(config.output()), encoder,
                    new EscPosRenderer(config.dotsPerLine(), fonts), status);
            default -> throw new IllegalArgumentException(
                    "printer.transport must be serial, usb-lp, tcp or file, got '" + transport + "'");
        };
    }
}

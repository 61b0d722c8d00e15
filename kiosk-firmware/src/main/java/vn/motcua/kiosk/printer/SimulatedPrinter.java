package vn.motcua.kiosk.printer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A printer that writes each document to a directory as {@code <n>.bin} (the exact ESC/POS bytes a
 * real printer would get) and {@code <n>.png} (those bytes rendered back). Test handles put it in the
 * states a real printer reports, so the kiosk's refusal paths run without hardware.
 */
public class SimulatedPrinter implements TicketPrinter {

    private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\.bin");

    private final Path directory;
    private final EscPosEncoder encoder;
    private final EscPosRenderer renderer;
    private volatile PrinterStatus status = PrinterStatus.ok();
    private int printed;
    private Path lastPng;

    public SimulatedPrinter(Path directory, EscPosEncoder encoder, EscPosRenderer renderer) {
        this.directory = directory;
        this.encoder = encoder;
        this.renderer = renderer;
        this.printed = highestNumber(directory);
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    @Override
    public synchronized void print(PrintDocument document) {
        PrinterStatus before = status;
        if (!before.ready()) {
            throw new PrinterException("printer not ready, nothing sent: " + before.detail(), before);
        }
        byte[] bytes = encoder.encode(document);
        int n = printed + 1;
        Path bin = directory.resolve(n + ".bin");
        Path png = directory.resolve(n + ".png");
        try {
            Files.createDirectories(directory);
            Files.write(bin, bytes);
            ImageIO.write(renderer.render(bytes), "png", png.toFile());
        } catch (IOException e) {
            PrinterStatus lost = PrinterStatus.offline("cannot write " + bin + ": " + e.getMessage());
            throw new PrinterException("document not printed: " + lost.detail(), lost, e);
        }
        printed = n;
        lastPng = png;
        PrinterStatus after = status;
        if (!after.ready()) {
            throw new PrinterException("printer reported a fault while printing: " + after.detail(), after);
        }
    }

    /** The rendering of the last printed document, or null before the first. */
    public synchronized Path lastPng() {
        return lastPng;
    }

    public void paperOut() {
        status = new PrinterStatus(true, true, false, false, false, "paper out");
    }

    public void paperLow() {
        status = new PrinterStatus(true, false, true, false, false, "paper low");
    }

    public void coverOpen() {
        status = new PrinterStatus(true, false, false, true, false, "cover open");
    }

    public void unplug() {
        status = PrinterStatus.offline("simulated printer unplugged");
    }

    public void restore() {
        status = PrinterStatus.ok();
    }

    @Override
    public void close() {
        // files are written and closed per document; nothing stays open
    }

    private static int highestNumber(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> NUMBERED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}

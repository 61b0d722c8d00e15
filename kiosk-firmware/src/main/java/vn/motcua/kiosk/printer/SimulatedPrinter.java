package vn.motcua.kiosk.printer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The simulated profile's printer: the real {@link EscPosPrinter} (status queries, refusals, the bytes
 * a real printer gets) over an in-memory cable to an {@link EscPosPrinterEmulator}, which writes each
 * document to a directory as {@code <n>.bin} (the exact ESC/POS bytes) and {@code <n>.png} (those
 * bytes rendered back). Test handles put the emulated printer in the states a real printer reports.
 */
public final class SimulatedPrinter implements TicketPrinter {

    private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\.bin");
    private static final long SAVE_TIMEOUT_NANOS = 30_000_000_000L;

    private final Path directory;
    private final EscPosRenderer renderer;
    private final BytePipe toPrinter = new BytePipe();
    private final BytePipe fromPrinter = new BytePipe();
    private final EscPosPrinterEmulator emulator;
    private final PrinterLink cable;
    private final EscPosPrinter driver;
    private final Object printing = new Object();
    private final ExecutorService files = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulated-printer-files");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean unplugged;

    private int printed;
    private int documents;
    private String saveFailure;
    private Path lastPng;

    SimulatedPrinter(Path directory, EscPosEncoder encoder, EscPosRenderer renderer, StatusReader status) {
        this.directory = directory;
        this.renderer = renderer;
        this.printed = highestNumber(directory);
        this.emulator = new EscPosPrinterEmulator(toPrinter.in(), fromPrinter.out());
        // Drawing the PNG takes longer than a status timeout the first time: never on the emulator's thread.
        emulator.onDocument(bytes -> files.execute(() -> save(bytes)));
        this.cable = new StreamLink(fromPrinter.in(), toPrinter.out(), "simulated printer", false, true);
        this.driver = new EscPosPrinter(this::plugIn, encoder, status);
    }

    @Override
    public PrinterStatus status() {
        return driver.status();
    }

    /** Returns once the document is on "paper": its .bin and .png written. */
    @Override
    public void print(PrintDocument document) {
        synchronized (printing) {
            int before = saved();
            driver.print(document);
            awaitSaved(before);
        }
    }

    /** The rendering of the last printed document, or null before the first. */
    public synchronized Path lastPng() {
        return lastPng;
    }

    public void paperOut() {
        plug(new PrinterStatus(true, true, false, false, false, "paper out"));
    }

    public void paperLow() {
        plug(new PrinterStatus(true, false, true, false, false, "paper low"));
    }

    public void coverOpen() {
        plug(new PrinterStatus(true, false, false, true, false, "cover open"));
    }

    /** The cable is pulled: the printer stops answering and cannot be opened again until restored. */
    public void unplug() {
        unplugged = true;
        emulator.silent(true);
    }

    public void restore() {
        plug(PrinterStatus.ok());
    }

    @Override
    public void close() {
        driver.close();
        files.shutdown();
        cable.close();
        toPrinter.close();
        fromPrinter.close();
        try {
            emulator.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void plug(PrinterStatus state) {
        emulator.state(state);
        emulator.silent(false);
        unplugged = false;
    }

    private PrinterLink plugIn() throws IOException {
        if (unplugged) {
            throw new IOException("simulated printer unplugged");
        }
        // The driver closes its link when the printer falls silent; the cable (and its reader) stays.
        return new PrinterLink() {
            @Override
            public void write(byte[] bytes) throws IOException {
                cable.write(bytes);
            }

            @Override
            public int read(int timeoutMs) throws IOException {
                return cable.read(timeoutMs);
            }

            @Override
            public void discardInput() throws IOException {
                cable.discardInput();
            }

            @Override
            public String description() {
                return cable.description();
            }

            @Override
            public void close() {
                // unplugging is the test handle's job
            }
        };
    }

    /** Runs once the document has crossed the cable, on a thread of its own. */
    private synchronized void save(byte[] bytes) {
        int n = printed + 1;
        Path bin = directory.resolve(n + ".bin");
        Path png = directory.resolve(n + ".png");
        try {
            Files.createDirectories(directory);
            Files.write(bin, bytes);
            ImageIO.write(renderer.render(bytes), "png", png.toFile());
            lastPng = png;
            saveFailure = null;
        } catch (IOException | RuntimeException e) {
            saveFailure = "cannot write " + bin + ": " + e.getMessage();
        }
        printed = n;
        documents++;
        notifyAll();
    }

    private synchronized int saved() {
        return documents;
    }

    private synchronized void awaitSaved(int before) {
        long deadline = System.nanoTime() + SAVE_TIMEOUT_NANOS;
        while (documents == before) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw fault("the emulated printer did not finish the document");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw fault("interrupted while the document printed");
            }
        }
        if (saveFailure != null) {
            // A printer that cannot put the ticket on paper: the ticket is not claimed.
            throw fault(saveFailure);
        }
    }

    private static PrinterException fault(String detail) {
        PrinterStatus error = new PrinterStatus(true, false, false, false, true, detail);
        return new PrinterException("document not printed: " + detail, error);
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

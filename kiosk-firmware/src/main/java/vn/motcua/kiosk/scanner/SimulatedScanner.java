package vn.motcua.kiosk.scanner;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The sim profile's scanner: reads come from the kiosk's simulation panel (or a test) as the bytes a real
 * scanner would send, and go through the same assembly and checks.
 */
public final class SimulatedScanner implements CodeScanner {
    private volatile Consumer<Scan> listener = scan -> { };

    @Override
    public void start(Consumer<Scan> listener) {
        this.listener = listener;
    }

    /** As if the citizen held a code under the scanner. */
    public void scan(String payload) {
        ScanAssembler assembler = new ScanAssembler();
        byte[] bytes = (payload + "\r").getBytes(StandardCharsets.UTF_8);
        assembler.accept(bytes, bytes.length).forEach(listener);
    }

    @Override
    public String description() {
        return "simulated";
    }

    @Override
    public void close() {
        listener = scan -> { };
    }
}

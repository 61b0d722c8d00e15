package vn.motcua.kiosk.scanner;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceStatus;

/**
 * The sim profile's scanner: reads come from the kiosk's simulation panel (or a test) as the bytes a real
 * scanner would send, and go through the same assembly and checks.
 */
public final class SimulatedScanner implements CodeScanner {
    private volatile Consumer<Scan> listener = scan -> { };
    private volatile boolean unplugged;

    @Override
    public void start(Consumer<Scan> listener) {
        this.listener = listener;
    }

    /** As if the citizen held a code under the scanner. */
    public void scan(String payload) {
        if (unplugged) {
            return; // nothing reaches the kiosk from an unplugged scanner
        }
        ScanAssembler assembler = new ScanAssembler();
        byte[] bytes = (payload + "\r").getBytes(StandardCharsets.UTF_8);
        assembler.accept(bytes, bytes.length).forEach(listener);
    }

    /** As if a technician pulled (true) or plugged back (false) the scanner's cable. */
    public void unplug(boolean pulled) {
        this.unplugged = pulled;
    }

    @Override
    public Optional<DeviceStatus> status() {
        return Optional.of(unplugged ? DeviceStatus.offline(DeviceCode.NOT_CONNECTED, "simulated scanner unplugged")
                : DeviceStatus.online("simulated"));
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

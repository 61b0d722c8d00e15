package vn.motcua.kiosk.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeEvent;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceStatus;

/**
 * The panel through Pi4J 2: on a Raspberry Pi with the gpiod providers, in simulation and tests with
 * Pi4J's mock providers (built only with the simulation profile, see {@link PanelProvider}). The help
 * button pulls its pin to ground (internal pull-up), so a press is LOW.
 */
public final class Pi4jPanel implements KioskPanel {
    private final Context pi4j;
    private final DigitalInput help;
    private final DigitalInput paperSensor;
    private final DigitalOutput led;
    private final boolean paperLowHigh;
    private final List<Runnable> helpListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> paperListeners = new CopyOnWriteArrayList<>();
    private PanelSimulator simulator;
    private volatile DeviceStatus ledFault;

    Pi4jPanel(Context pi4j, GpioConfig config, String inputProvider, String outputProvider) {
        this.pi4j = pi4j;
        this.paperLowHigh = config.paperLowHigh();
        help = pi4j.create(DigitalInput.newConfigBuilder(pi4j).id("help-button").name("Help button")
                .address(config.helpButton()).pull(PullResistance.PULL_UP).debounce(config.debounceMicros())
                .provider(inputProvider));
        paperSensor = pi4j.create(DigitalInput.newConfigBuilder(pi4j).id("paper-low").name("Paper-low sensor")
                .address(config.paperLowSensor()).pull(PullResistance.PULL_DOWN).debounce(config.debounceMicros())
                .provider(inputProvider));
        led = pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id("status-led").name("Status LED")
                .address(config.statusLed()).initial(DigitalState.LOW).shutdown(DigitalState.LOW)
                .provider(outputProvider));
        help.addListener(this::helpChanged);
        paperSensor.addListener(e -> paperListeners.forEach(l -> l.accept(isPaperLow(e.state()))));
    }

    /** A Raspberry Pi's header through libgpiod. */
    public static Pi4jPanel gpiod(GpioConfig config) {
        Context pi4j = Pi4J.newContextBuilder()
                .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance())
                .build();
        return new Pi4jPanel(pi4j, config, GpioDDigitalInputProvider.ID, GpioDDigitalOutputProvider.ID);
    }


    private void helpChanged(DigitalStateChangeEvent<?> event) {
        if (event.state() == DigitalState.LOW) {
            helpListeners.forEach(Runnable::run);
        }
    }

    private boolean isPaperLow(DigitalState state) {
        return (state == DigitalState.HIGH) == paperLowHigh;
    }

    @Override
    public void onHelpPressed(Runnable listener) {
        helpListeners.add(listener);
    }

    @Override
    public void onPaperLow(Consumer<Boolean> listener) {
        paperListeners.add(listener);
    }

    @Override
    public boolean paperLow() {
        return isPaperLow(paperSensor.state());
    }

    @Override
    public void statusLed(boolean on) {
        try {
            led.state(on ? DigitalState.HIGH : DigitalState.LOW);
            ledFault = null;
        } catch (RuntimeException e) {
            // a dead LED must not stop the printer's report that wanted it lit: the panel's status says it
            ledFault = DeviceStatus.offline(DeviceCode.PIN_FAULT, "status LED (BCM " + led.address() + ") not driven: " + e.getMessage());
        }
    }

    @Override
    public Optional<DeviceStatus> status() {
        for (DigitalInput pin : List.of(help, paperSensor)) {
            String fault;
            try {
                fault = pin.state() == DigitalState.UNKNOWN ? "reads no level" : null;
            } catch (RuntimeException e) {
                fault = "cannot be read: " + e.getMessage();
            }
            if (fault != null) {
                return Optional.of(DeviceStatus.offline(DeviceCode.PIN_FAULT, pin.name() + " (BCM " + pin.address() + ") " + fault));
            }
        }
        DeviceStatus led = ledFault;
        return Optional.of(led != null ? led : DeviceStatus.online("gpio: help BCM " + help.address() + ", paper-low BCM "
                + paperSensor.address() + ", LED BCM " + this.led.address()));
    }

    /** Simulation handle; present only for a panel built on the mock providers. */
    public Optional<PanelSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** The simulation build's factory attaches its handle to the pins it created. */
    void simulate(java.util.function.Function<Pins, PanelSimulator> handle) {
        this.simulator = handle.apply(new Pins(help, paperSensor, led, paperLowHigh));
    }

    /** The panel's pins, for a simulator that drives them. */
    record Pins(DigitalInput help, DigitalInput paperSensor, DigitalOutput led, boolean paperLowHigh) {
    }

    @Override
    public void close() {
        pi4j.shutdown();
    }
}

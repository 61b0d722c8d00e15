package vn.motcua.kiosk.gpio;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;

/** Presses the button and moves the sensor on Pi4J's mock pins, as a citizen and the paper roll would. */
final class MockPanelSimulator implements PanelSimulator {
    private final MockDigitalInput help;
    private final MockDigitalInput paperSensor;
    private final DigitalOutput led;
    private final boolean paperLowHigh;

    MockPanelSimulator(DigitalInput help, DigitalInput paperSensor, DigitalOutput led, boolean paperLowHigh) {
        if (!(help instanceof MockDigitalInput h) || !(paperSensor instanceof MockDigitalInput p)) {
            throw new IllegalStateException("only a panel on Pi4J's mock provider can be simulated");
        }
        this.help = h;
        this.paperSensor = p;
        this.led = led;
        this.paperLowHigh = paperLowHigh;
    }

    @Override
    public void pressHelp() {
        help.mockState(DigitalState.LOW);
        help.mockState(DigitalState.HIGH);
    }

    @Override
    public void paperLow(boolean low) {
        paperSensor.mockState(low == paperLowHigh ? DigitalState.HIGH : DigitalState.LOW);
    }

    @Override
    public void wiringFault(boolean loose) {
        help.mockState(loose ? DigitalState.UNKNOWN : DigitalState.HIGH);
        paperSensor.mockState(loose ? DigitalState.UNKNOWN : paperLowHigh ? DigitalState.LOW : DigitalState.HIGH);
    }

    @Override
    public boolean ledOn() {
        return led.state() == DigitalState.HIGH;
    }
}

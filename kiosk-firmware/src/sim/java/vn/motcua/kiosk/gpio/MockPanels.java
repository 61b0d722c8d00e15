package vn.motcua.kiosk.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/** gpio.provider "mock": the panel on Pi4J's mock pins, which the sim profile and tests drive. */
public final class MockPanels implements PanelProvider {

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public KioskPanel open(GpioConfig config) {
        Context pi4j = Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
        Pi4jPanel panel = new Pi4jPanel(pi4j, config, MockDigitalInputProvider.ID, MockDigitalOutputProvider.ID);
        panel.simulate(pins -> {
            // Mock pins start LOW; a real button rests HIGH on its pull-up and a sensor at its idle level.
            ((MockDigitalInput) pins.help()).mockState(DigitalState.HIGH);
            ((MockDigitalInput) pins.paperSensor()).mockState(pins.paperLowHigh() ? DigitalState.LOW : DigitalState.HIGH);
            return new MockPanelSimulator(pins.help(), pins.paperSensor(), pins.led(), pins.paperLowHigh());
        });
        return panel;
    }
}

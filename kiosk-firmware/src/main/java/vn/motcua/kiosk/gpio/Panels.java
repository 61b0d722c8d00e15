package vn.motcua.kiosk.gpio;

import java.util.ServiceLoader;

/** Turns a profile's gpio section into a panel. */
public final class Panels {
    private Panels() {
    }

    public static KioskPanel open(GpioConfig config) {
        return switch (config.provider()) {
            case "gpiod" -> Pi4jPanel.gpiod(config);
            case "mock" -> provided("mock", config);
            case "none" -> new NoPanel();
            default -> throw new IllegalArgumentException("gpio.provider must be gpiod, mock or none, got '"
                    + config.provider() + "'");
        };
    }

    private static KioskPanel provided(String name, GpioConfig config) {
        for (PanelProvider p : ServiceLoader.load(PanelProvider.class)) {
            if (p.name().equals(name)) {
                return p.open(config);
            }
        }
        throw new IllegalArgumentException("gpio.provider '" + name + "' is not in this build: build the kiosk with the "
                + "simulation profile (pi4j-plugin-mock) to use it");
    }
}

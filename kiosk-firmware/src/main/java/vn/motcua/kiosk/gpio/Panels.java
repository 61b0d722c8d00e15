package vn.motcua.kiosk.gpio;

/** Turns a profile's gpio section into a panel. */
public final class Panels {
    private Panels() {
    }

    public static KioskPanel open(GpioConfig config) {
        return switch (config.provider()) {
            case "gpiod" -> Pi4jPanel.gpiod(config);
            case "mock" -> Pi4jPanel.mock(config);
            case "none" -> new NoPanel();
            default -> throw new IllegalArgumentException("gpio.provider must be gpiod, mock or none, got '"
                    + config.provider() + "'");
        };
    }
}

package vn.motcua.kiosk.gpio;

/**
 * A panel driver found at run time ({@link java.util.ServiceLoader}): Pi4J's mock provider lives in the
 * simulation build only (Maven profile {@code simulation}, on by default), so a kiosk built for the field
 * with {@code -P '!simulation'} carries no mock code at all.
 */
public interface PanelProvider {
    /** The profile's {@code gpio.provider} this driver answers to. */
    String name();

    KioskPanel open(GpioConfig config);
}

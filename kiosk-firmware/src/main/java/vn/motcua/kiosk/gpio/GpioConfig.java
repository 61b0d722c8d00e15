package vn.motcua.kiosk.gpio;

/**
 * The GPIO section of a hardware profile; pins are BCM numbers.
 *
 * @param provider           gpiod (a Raspberry Pi) | mock (Pi4J's mock provider, for simulation) | none
 * @param paperLowActiveHigh true when the sensor drives its pin high as the roll runs low
 */
public record GpioConfig(String provider, Integer helpButton, Integer statusLed, Integer paperLowSensor,
                         Boolean paperLowActiveHigh, Integer debounceMs) {

    public boolean enabled() {
        return !"none".equals(provider);
    }

    public boolean paperLowHigh() {
        return paperLowActiveHigh == null || paperLowActiveHigh;
    }

    public long debounceMicros() {
        return (debounceMs == null ? 30 : debounceMs) * 1000L;
    }
}

package vn.motcua.kiosk.gpio;

/** Presses the button and moves the sensor of a simulated panel, as a citizen and the paper roll would. */
public interface PanelSimulator {
    void pressHelp();

    void paperLow(boolean low);

    boolean ledOn();

    /** A loose wire (true): the inputs read no level, as a pin does whose line is gone; false restores them. */
    void wiringFault(boolean loose);
}

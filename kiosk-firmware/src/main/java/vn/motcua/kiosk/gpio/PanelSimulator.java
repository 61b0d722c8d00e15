package vn.motcua.kiosk.gpio;

/** Presses the button and moves the sensor of a simulated panel, as a citizen and the paper roll would. */
public interface PanelSimulator {
    void pressHelp();

    void paperLow(boolean low);

    boolean ledOn();
}

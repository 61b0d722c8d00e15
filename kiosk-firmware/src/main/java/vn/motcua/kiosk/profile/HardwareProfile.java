package vn.motcua.kiosk.profile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.motcua.kiosk.cardreader.CardReaderConfig;
import vn.motcua.kiosk.gpio.GpioConfig;
import vn.motcua.kiosk.printer.PrinterConfig;
import vn.motcua.kiosk.scanner.ScannerConfig;

/** One kiosk model's parts, as read from {@code hardware-profiles/<name>.json} and checked against its schema. */
@JsonIgnoreProperties({"$schema"}) // editors use it; the loader validates against the bundled schema
public record HardwareProfile(String name, String description, PrinterConfig printer, ScannerConfig scanner,
                              GpioConfig gpio, UiConfig ui, vn.motcua.kiosk.camera.CameraConfig camera,
                              CardReaderConfig cardReader) {

    public HardwareProfile {
        ui = ui == null ? UiConfig.DEFAULTS : ui;
        camera = camera == null ? vn.motcua.kiosk.camera.CameraConfig.NONE : camera;
    }

    /** Touch-UI settings of the kiosk. */
    public record UiConfig(Integer idleTimeoutSeconds, String language) {
        static final UiConfig DEFAULTS = new UiConfig(60, "vi");

        public int idleTimeoutOrDefault() {
            return idleTimeoutSeconds == null ? 60 : idleTimeoutSeconds;
        }

        public String languageOrDefault() {
            return language == null ? "vi" : language;
        }
    }
}

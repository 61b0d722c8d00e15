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
    public record UiConfig(Integer idleTimeoutSeconds, Integer accessibleIdleTimeoutSeconds, String language,
                           java.util.List<String> priorityCategories, String voice) {
        static final UiConfig DEFAULTS = new UiConfig(60, null, "vi", null, null);
        private static final java.util.List<String> ALL_PRIORITY = java.util.List.of("ELDERLY", "DISABLED", "PREGNANT", "CHILD", "MERIT");

        public int idleTimeoutOrDefault() {
            return idleTimeoutSeconds == null ? 60 : idleTimeoutSeconds;
        }

        /** Large text or audio guidance on: a slower citizen gets three times as long unless the profile says. */
        public int accessibleIdleTimeoutOrDefault() {
            return accessibleIdleTimeoutSeconds == null ? 3 * idleTimeoutOrDefault() : accessibleIdleTimeoutSeconds;
        }

        public String languageOrDefault() {
            return language == null ? "vi" : language;
        }

        public java.util.List<String> priorityCategoriesOrDefault() {
            return priorityCategories == null ? ALL_PRIORITY : priorityCategories;
        }

        public String voiceOrDefault() {
            return voice == null ? "vi" : voice;
        }
    }
}

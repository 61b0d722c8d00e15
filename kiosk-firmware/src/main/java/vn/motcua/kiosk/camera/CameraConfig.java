package vn.motcua.kiosk.camera;

/**
 * The profile's {@code camera} section: what photographs the papers a citizen lays on the kiosk's shelf.
 *
 * @param type       sane (a flatbed or document camera through SANE's scanimage) | simulated (image files) | none
 * @param device     SANE device name as {@code scanimage -L} lists it; the first device when absent
 * @param resolution dpi; 200 reads an A4 page well and keeps the upload under a megabyte
 * @param mode       Color or Gray
 * @param configDir  a SANE configuration directory of the kiosk's own (SANE_CONFIG_DIR), when not /etc/sane.d
 * @param timeoutMs  how long one scan may take before the kiosk gives up on it
 */
public record CameraConfig(String type, String device, Integer resolution, String mode, String configDir,
                           Integer timeoutMs) {
    public static final CameraConfig NONE = new CameraConfig("none", null, null, null, null, null);

    public int resolutionOrDefault() {
        return resolution == null ? 200 : resolution;
    }

    public String modeOrDefault() {
        return mode == null ? "Color" : mode;
    }

    public long timeoutOrDefault() {
        return timeoutMs == null ? 30_000 : timeoutMs;
    }
}

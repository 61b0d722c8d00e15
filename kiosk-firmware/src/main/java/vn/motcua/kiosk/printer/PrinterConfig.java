package vn.motcua.kiosk.printer;

import java.util.Set;

/**
 * The printer section of a hardware profile (Jackson-deserialisable; the profile loader validates it).
 *
 * @param transport       "serial" | "usb-lp" | "tcp" | "file" (file = simulated)
 * @param port            serial device path, /dev/usb/lp0 or host:port
 * @param output          the simulated printer's directory for {@code <n>.bin} and {@code <n>.png}
 * @param baud            serial only
 * @param paperWidthMm    58 or 80
 * @param dotsPerLine     384 or 576
 * @param textMode        "raster" (default: every line with a letter outside ASCII as an image) | "udc" (printer
 *                        text, letters it lacks as user-defined characters, ESC &amp;) | "codepage" (ESC t + CP1258)
 * @param codePage        ESC t n used in codepage mode, e.g. 52 (WPC1258)
 * @param qrMode          "native" (GS ( k) | "raster"
 * @param statusTimeoutMs how long to wait for a DLE EOT answer before calling the printer offline
 */
public record PrinterConfig(String transport,
                            String port,
                            String output,
                            Integer baud,
                            int paperWidthMm,
                            int dotsPerLine,
                            String textMode,
                            Integer codePage,
                            String qrMode,
                            Integer statusTimeoutMs) {

    static final int DEFAULT_STATUS_TIMEOUT_MS = 1000;
    static final int DEFAULT_BAUD = 115200;

    private static final Set<String> TEXT_MODES = Set.of("raster", "udc", "codepage");
    private static final Set<String> QR_MODES = Set.of("native", "raster");

    /**
     * The profile schema checks the same; this guards configurations built in code.
     *
     * @throws IllegalArgumentException naming the field
     */
    public void validateModes() {
        if (textMode != null && !TEXT_MODES.contains(textMode)) {
            throw new IllegalArgumentException("printer.textMode must be raster, udc or codepage, got '" + textMode + "'");
        }
        if (qrMode != null && !QR_MODES.contains(qrMode)) {
            throw new IllegalArgumentException("printer.qrMode must be native or raster, got '" + qrMode + "'");
        }
    }

    /** True when text goes out as printer text with user-defined characters (ESC &amp;) for the letters it lacks. */
    public boolean udcText() {
        return "udc".equals(textMode);
    }

    /** True when text goes out as ESC t + CP1258 bytes instead of raster images. */
    public boolean codepageText() {
        return "codepage".equals(textMode);
    }

    /** True unless the profile asks for the QR code as a raster image. */
    public boolean nativeQr() {
        return !"raster".equals(qrMode);
    }

    public int statusTimeoutOrDefault() {
        return statusTimeoutMs == null ? DEFAULT_STATUS_TIMEOUT_MS : statusTimeoutMs;
    }

    public int baudOrDefault() {
        return baud == null ? DEFAULT_BAUD : baud;
    }
}

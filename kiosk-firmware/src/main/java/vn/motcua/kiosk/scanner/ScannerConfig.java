package vn.motcua.kiosk.scanner;

/**
 * The scanner section of a hardware profile.
 *
 * @param type    serial | hid | simulated | none
 * @param port    serial device path (serial)
 * @param baud    serial only
 * @param device  the scanner's /dev/input event device (hid)
 * @param quietMs a scan without a CR/LF terminator ends after this long without input
 */
public record ScannerConfig(String type, String port, Integer baud, String device, Integer quietMs) {

    public int quietOrDefault() {
        return quietMs == null ? 100 : quietMs;
    }
}

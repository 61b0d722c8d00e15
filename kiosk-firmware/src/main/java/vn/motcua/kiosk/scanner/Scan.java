package vn.motcua.kiosk.scanner;

/**
 * One read of a code: the text, or why the bytes were not a readable code (noise, wrong keyboard layout,
 * too long). Never carries the bytes of a bad read: they may be half an ID card.
 *
 * @param wrongLayout a keyboard-wedge scanner typed keys its layout lacks: the scanner, not the code, is at
 *                    fault (it must be set to USB-COM), which its device status says
 */
public record Scan(String text, String error, boolean wrongLayout) {

    public static Scan of(String text) {
        return new Scan(text, null, false);
    }

    public static Scan unreadable(String reason) {
        return new Scan(null, reason, false);
    }

    static Scan wrongKeyboardLayout() {
        return new Scan(null, "the scanner typed keys outside the US keyboard layout; set it to USB-COM (serial) mode "
                + "to read ID cards", true);
    }

    public boolean ok() {
        return error == null;
    }
}

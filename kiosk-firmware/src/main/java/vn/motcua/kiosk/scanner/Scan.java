package vn.motcua.kiosk.scanner;

/**
 * One read of a code: the text, or why the bytes were not a readable code (noise, wrong keyboard layout,
 * too long). Never carries the bytes of a bad read: they may be half an ID card.
 */
public record Scan(String text, String error) {

    public static Scan of(String text) {
        return new Scan(text, null);
    }

    public static Scan unreadable(String reason) {
        return new Scan(null, reason);
    }

    public boolean ok() {
        return error == null;
    }
}

package vn.motcua.kiosk.scanner;

import java.util.Map;
import java.util.Optional;

/**
 * Turns a keyboard-wedge scanner's key events (Linux input_event EV_KEY codes, US layout) back into the
 * text it "typed". A wedge can only type what the layout has: a CCCD QR with Vietnamese names arrives as
 * keys the layout lacks, which is reported so IT staff switch the scanner to USB-COM mode.
 */
final class EvdevKeyDecoder {
    static final int EV_KEY = 1;
    static final int KEY_ENTER = 28;
    static final int KEY_KPENTER = 96;
    private static final int KEY_LEFTSHIFT = 42;
    private static final int KEY_RIGHTSHIFT = 54;
    private static final int MAX_CHARS = 4096;

    /** code → {unshifted, shifted}. */
    private static final Map<Integer, String> KEYS = keys();

    private final StringBuilder text = new StringBuilder();
    private boolean shift;
    private boolean unmapped;

    /** One input_event; returns a scan when this event ended one. */
    Optional<Scan> event(int type, int code, int value) {
        if (type != EV_KEY) {
            return Optional.empty();
        }
        if (code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT) {
            shift = value != 0;
            return Optional.empty();
        }
        if (value != 1) {
            return Optional.empty(); // release or autorepeat
        }
        if (code == KEY_ENTER || code == KEY_KPENTER) {
            return finish();
        }
        String pair = KEYS.get(code);
        if (pair == null) {
            unmapped = true;
        } else if (text.length() < MAX_CHARS) {
            text.append(pair.charAt(shift ? 1 : 0));
        }
        return Optional.empty();
    }

    /** No key for a while: a scanner configured without an Enter suffix has finished. */
    Optional<Scan> quiet() {
        return finish();
    }

    private Optional<Scan> finish() {
        if (text.length() == 0 && !unmapped) {
            return Optional.empty();
        }
        Scan scan = unmapped
                ? Scan.wrongKeyboardLayout()
                : Scan.of(text.toString());
        text.setLength(0);
        unmapped = false;
        return Optional.of(scan);
    }

    private static Map<Integer, String> keys() {
        Map<Integer, String> m = new java.util.HashMap<>();
        String digits = "1234567890";
        String shifted = "!@#$%^&*()";
        for (int i = 0; i < 10; i++) {
            m.put(2 + i, "" + digits.charAt(i) + shifted.charAt(i));
        }
        row(m, 16, "qwertyuiop");
        row(m, 30, "asdfghjkl");
        row(m, 44, "zxcvbnm");
        m.put(12, "-_");
        m.put(13, "=+");
        m.put(26, "[{");
        m.put(27, "]}");
        m.put(39, ";:");
        m.put(40, "'\"");
        m.put(41, "`~");
        m.put(43, "\\|");
        m.put(51, ",<");
        m.put(52, ".>");
        m.put(53, "/?");
        m.put(57, "  ");
        String pad = "789-456+1230.";
        int[] padCodes = {71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83};
        for (int i = 0; i < padCodes.length; i++) {
            m.put(padCodes[i], "" + pad.charAt(i) + pad.charAt(i));
        }
        m.put(55, "**");
        m.put(98, "//");
        return Map.copyOf(m);
    }

    private static void row(Map<Integer, String> m, int first, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            m.put(first + i, "" + c + Character.toUpperCase(c));
        }
    }
}

package vn.motcua.server.booking;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Booking codes: 10 symbols of Crockford's base32 (no I, L, O, U: nothing to misread when a citizen types
 * it), 50 bits from a SecureRandom, so a code cannot be guessed from another one or enumerated.
 */
public final class BookingCodes {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{10}");
    private final SecureRandom random = new SecureRandom();

    public String next() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** The typed or scanned form made canonical (upper case, no spaces or dashes), or null when it cannot be one. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String c = raw.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
        return SHAPE.matcher(c).matches() ? c : null;
    }
}

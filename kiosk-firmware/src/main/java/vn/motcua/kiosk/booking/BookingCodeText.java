package vn.motcua.kiosk.booking;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The booking code in what the scanner or the keyboard gave: the booking QR carries the phone page's
 * address ({@code …/dat-lich?ma=CODE}); a typed code may have spaces, dashes or small letters. Anything
 * else (a ticket's or a dossier's QR) is not a booking.
 */
public final class BookingCodeText {
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{10}");
    private static final Pattern IN_URL = Pattern.compile("/dat-lich\\?(?:.*&)?ma=([0-9A-Za-z-]{10,14})(?:&.*)?$");

    private BookingCodeText() {
    }

    public static Optional<String> find(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        Matcher url = IN_URL.matcher(text.strip());
        String candidate = url.find() ? url.group(1) : text;
        String c = candidate.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return CODE.matcher(c).matches() ? Optional.of(c) : Optional.empty();
    }
}

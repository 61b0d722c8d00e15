package vn.motcua.server.booking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.server.settings.CentreSettings;

/**
 * A booking never stores the personal number: it stores an HMAC-SHA256 of it under a key of this centre
 * (made on first use, kept in the centre's settings), enough to find today's booking when the card is
 * scanned at the kiosk and to count bookings per number and day, and the masked form for the screens.
 * The key is in the same database, so this guards against a copied table or export, not a stolen file:
 * the retention job clears both columns with the phone.
 */
public final class PersonKeys {
    static final String SETTING = "booking.personKey";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{12}");
    private final CentreSettings centre;

    public PersonKeys(CentreSettings centre) {
        this.centre = centre;
    }

    /** 12 digits (spaces ignored), or null when it is not a personal number. */
    public static String canonical(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replace(" ", "");
        return NUMBER.matcher(digits).matches() ? digits : null;
    }

    /** 001234567890 → ********7890, as the dossiers show it. */
    public static String mask(String number) {
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    public String key(Connection c, String number) throws SQLException {
        byte[] secret = secret(c);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] secret(Connection c) throws SQLException {
        var stored = centre.get(c, SETTING);
        if (stored.isPresent()) {
            return Base64.getDecoder().decode(stored.get());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        centre.put(c, SETTING, Base64.getEncoder().encodeToString(fresh));
        return fresh;
    }
}

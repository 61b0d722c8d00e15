package vn.motcua.server.dossier;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.server.storage.Sql;

/**
 * The unguessable part of a receipt's look-up link: dossier codes are sequential (agency-YYMMDD-NNNN), so
 * the public look-up also wants {@code k}, the first 40 bits of HMAC-SHA256(code) under a key this
 * server made once and keeps in its store, written in 8 base-32 letters. Nothing to store per dossier,
 * and a copy of the code alone (a receipt read aloud, a register) does not open the look-up.
 */
public final class LookupKeys {
    private static final String SECRET = "dossier-lookup";
    private static final char[] BASE32 = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private volatile byte[] key;

    /** The key, made on first use. */
    private byte[] key(Connection c) throws SQLException {
        byte[] k = key;
        if (k == null) {
            k = Sql.one(c, "SELECT value FROM server_secret WHERE name = ?", rs -> rs.getBytes(1), SECRET).orElse(null);
            if (k == null) {
                throw new IllegalStateException("the look-up key has not been made; call ensure() in a transaction first");
            }
            key = k;
        }
        return k;
    }

    /** Makes the key if this store has none (inside a write transaction). */
    public void ensure(Connection c) throws SQLException {
        if (Sql.one(c, "SELECT 1 FROM server_secret WHERE name = ?", rs -> 1, SECRET).isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Sql.update(c, "INSERT INTO server_secret (name, value) VALUES (?, ?)", SECRET, fresh);
        }
    }

    public String of(Connection c, String code) throws SQLException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(c), "HmacSHA256"));
            byte[] h = mac.doFinal(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 5; i++) {
                bits = (bits << 8) | (h[i] & 0xff);
            }
            char[] out = new char[8];
            for (int i = 7; i >= 0; i--) {
                out[i] = BASE32[(int) (bits & 31)];
                bits >>>= 5;
            }
            return new String(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
        }
    }

    /** Constant-time comparison of a presented {@code k} with the code's own. */
    public boolean matches(Connection c, String code, String presented) throws SQLException {
        return presented != null && MessageDigest.isEqual(of(c, code).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}

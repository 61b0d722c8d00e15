package vn.motcua.kiosk.cardreader.emulated;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The card side's arithmetic of ICAO 9303 Part 11 PACE with ECDH generic mapping and AES-128
 * (id-PACE-ECDH-GM-AES-CBC-CMAC-128), written from the standard: the password key from the MRZ (§9.7.3),
 * the key derivation function (§9.7.1), the encrypted nonce, the mapped generator G' = s·G + H (§4.4.3.3.1),
 * and the authentication tokens over the other side's ephemeral key (§4.4.3.4). BouncyCastle supplies only
 * the curve arithmetic, AES and CMAC. Tested against the worked example of Part 11, Appendix G.1.
 */
public final class PaceCrypto {
    /** id-PACE-ECDH-GM-AES-CBC-CMAC-128 = 0.4.0.127.0.7.2.2.4.2.2, DER content bytes. */
    public static final byte[] OID_ECDH_GM_AES_128 = {0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, 0x04, 0x02, 0x02};
    /** Standardised domain parameter ids (Part 11 §9.5.1, table 6). */
    public static final int NIST_P256 = 12, BRAINPOOL_P256R1 = 13;
    static final int ENC = 1, MAC = 2, PI = 3;

    private PaceCrypto() {
    }

    /** K_π = KDF(SHA-1(MRZ information), 3): the key that encrypts the chip's nonce. */
    public static byte[] passwordKey(String mrzInformation) {
        return kdf(sha1(mrzInformation.getBytes(StandardCharsets.US_ASCII)), PI);
    }

    /** KDF(K, c) for AES-128: the first 16 bytes of SHA-1(K ‖ c as 4 bytes). */
    public static byte[] kdf(byte[] secret, int counter) {
        byte[] input = Arrays.copyOf(secret, secret.length + 4);
        input[input.length - 1] = (byte) counter;
        return Arrays.copyOf(sha1(input), 16);
    }

    /** z = E(K_π, s): AES-128 in CBC mode with a zero IV over the 16-byte nonce. */
    public static byte[] encryptNonce(byte[] kPi, byte[] nonce) {
        return SmCipher.aesCbc(Cipher.ENCRYPT_MODE, kPi, new byte[16], nonce);
    }

    /** The curve of a standardised domain parameter id; only the two 256-bit prime curves are offered. */
    public static X9ECParameters curve(int parameterId) {
        return switch (parameterId) {
            case NIST_P256 -> CustomNamedCurves.getByName("secp256r1");
            case BRAINPOOL_P256R1 -> org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves.getByName("brainpoolP256r1");
            default -> throw new IllegalArgumentException("PACE domain parameter id " + parameterId + " is not offered");
        };
    }

    /** G' = s·G + H, where H = the mapping keys' shared point. */
    public static ECPoint mappedGenerator(X9ECParameters curve, byte[] nonce, ECPoint shared) {
        return curve.getG().multiply(new BigInteger(1, nonce)).add(shared).normalize();
    }

    /**
     * A public key the other side sent (uncompressed point), or null when it is not a point of the curve
     * or is the point at infinity: a chip must refuse such keys, or it leaks its private key.
     */
    public static ECPoint decodePoint(X9ECParameters curve, byte[] encoded) {
        if (encoded.length != 1 + 2 * fieldBytes(curve) || encoded[0] != 0x04) {
            return null;
        }
        try {
            ECPoint p = curve.getCurve().decodePoint(encoded).normalize();
            return p.isInfinity() || !p.isValid() ? null : p;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static byte[] encodePoint(ECPoint p) {
        return p.normalize().getEncoded(false);
    }

    /** The x coordinate as exactly as many bytes as the field has: the shared secret K of §4.4.3.3. */
    public static byte[] xCoordinate(X9ECParameters curve, ECPoint p) {
        byte[] x = p.normalize().getAffineXCoord().toBigInteger().toByteArray();
        int n = fieldBytes(curve);
        byte[] out = new byte[n];
        int copy = Math.min(x.length, n);
        System.arraycopy(x, x.length - copy, out, n - copy, copy);
        return out;
    }

    /** T = MAC(KS_mac, 7F49 { 06 OID, 86 the other side's ephemeral public point }), 8 bytes. */
    public static byte[] authToken(byte[] ksMac, byte[] oid, ECPoint otherEphemeral) {
        byte[] body = EmulatedChip.concat(Ber.tlv(0x06, oid), Ber.tlv(0x86, encodePoint(otherEphemeral)));
        byte[] input = EmulatedChip.concat(new byte[] {0x7F}, Ber.tlv(0x49, body));
        return cmac8(ksMac, input);
    }

    /** AES-CMAC (NIST SP 800-38B) truncated to its first 8 bytes. */
    public static byte[] cmac8(byte[] key, byte[] data) {
        CMac mac = new CMac(AESEngine.newInstance());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Arrays.copyOf(out, 8);
    }

    /** EF.CardAccess offering one PACEInfo: SET { SEQUENCE { protocol OID, version 2, parameter id } }. */
    public static byte[] cardAccess(int parameterId) {
        byte[] info = Ber.tlv(0x30, EmulatedChip.concat(EmulatedChip.concat(Ber.tlv(0x06, OID_ECDH_GM_AES_128),
                Ber.tlv(0x02, new byte[] {2})), Ber.tlv(0x02, new byte[] {(byte) parameterId})));
        return Ber.tlv(0x31, info);
    }

    static int fieldBytes(X9ECParameters curve) {
        return (curve.getCurve().getFieldSize() + 7) / 8;
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.motcua.kiosk.cardreader.emulated;

import static vn.motcua.kiosk.cardreader.emulated.EmulatedChip.concat;
import static vn.motcua.kiosk.cardreader.emulated.EmulatedChip.sw;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The chip's side of PACE (ICAO 9303 Part 11 §4.4), ECDH generic mapping with AES-128: MSE:Set AT chooses
 * the protocol and the MRZ password, then four GENERAL AUTHENTICATE steps: (1) the nonce encrypted with
 * K_π, (2) mapping keys, from which both sides compute G' = s·G + H, (3) ephemeral keys on G' and the
 * session keys from their shared secret, (4) authentication tokens. A wrong MRZ key gives the terminal a
 * different nonce, so its token does not verify in step 4 and the chip answers 6300. Any fault ends the
 * attempt; the terminal must start again with MSE:Set AT.
 */
final class PaceSession {
    private static final int SW_WRONG_DATA = 0x6A80, SW_REF_NOT_FOUND = 0x6A88;

    private final byte[] kPi;
    private final int parameterId;
    private final X9ECParameters curve;
    private final IntFunction<byte[]> random;

    private int step = -1; // -1: no MSE:Set AT yet; 1..4: the GENERAL AUTHENTICATE expected next
    private byte[] nonce;
    private ECPoint mapTerminal;
    private ECPoint generator;
    private ECPoint ephemeralTerminal;
    private ECPoint ephemeralChip;
    private byte[] ksEnc;
    private byte[] ksMac;

    PaceSession(String mrzInformation, int parameterId, IntFunction<byte[]> random) {
        this.kPi = PaceCrypto.passwordKey(mrzInformation);
        this.parameterId = parameterId;
        this.curve = PaceCrypto.curve(parameterId);
        this.random = random;
    }

    /** A new power-up, SELECT or plain command abandons a half-done PACE. */
    void abandon() {
        step = -1;
        nonce = null;
        ksEnc = null;
        ksMac = null;
    }

    /** MSE:Set AT (00 22 C1 A4): 80 protocol OID, 83 password reference (01 = MRZ), optional 84 parameter id. */
    byte[] setAuthenticationTemplate(Apdu c) {
        abandon();
        if (c.p1() != 0xC1 || c.p2() != 0xA4) {
            return sw(EmulatedChip.SW_WRONG_P1P2);
        }
        Map<Integer, byte[]> data = objects(c.data());
        if (data == null || !Arrays.equals(data.get(0x80), PaceCrypto.OID_ECDH_GM_AES_128)) {
            return sw(SW_WRONG_DATA);
        }
        byte[] password = data.get(0x83);
        if (password == null || password.length != 1 || password[0] != 1) {
            return sw(SW_REF_NOT_FOUND); // this chip has no CAN, only the MRZ password
        }
        byte[] parameter = data.get(0x84);
        if (parameter != null && new BigInteger(1, parameter).intValue() != parameterId) {
            return sw(SW_WRONG_DATA);
        }
        step = 1;
        return sw(EmulatedChip.SW_OK);
    }

    /**
     * One GENERAL AUTHENTICATE (INS 86): dynamic authentication data 7C in, 7C out.
     *
     * @return the answer; {@link #established()} tells when step 4 succeeded
     */
    byte[] generalAuthenticate(Apdu c) {
        int expected = step;
        if (expected < 1) {
            return sw(EmulatedChip.SW_CONDITIONS);
        }
        // steps 1-3 are chained (CLA 10), the last one is not
        boolean chained = (c.cla() & 0x10) != 0;
        Map<Integer, byte[]> outer = objects(c.data());
        byte[] inner = outer == null || outer.size() != 1 ? null : outer.get(0x7C);
        Map<Integer, byte[]> dynamic = inner == null ? null : objects(inner);
        if (c.p1() != 0 || c.p2() != 0 || chained != (expected < 4) || dynamic == null) {
            abandon();
            return sw(SW_WRONG_DATA);
        }
        byte[] answer = switch (expected) {
            case 1 -> encryptedNonce(dynamic);
            case 2 -> mapping(dynamic.get(0x81));
            case 3 -> keyAgreement(dynamic.get(0x83));
            default -> mutualAuthentication(dynamic.get(0x85));
        };
        if (answer == null) {
            abandon();
            return sw(SW_WRONG_DATA);
        }
        if (answer.length == 2) {
            abandon();
        } else {
            step = expected + 1;
        }
        return answer;
    }

    /** After step 4: the AES secure channel, its counter starting at zero. */
    SecureChannel established() {
        if (step != 5) {
            return null;
        }
        SecureChannel channel = new SecureChannel(SmCipher.aes(ksEnc, ksMac), new byte[16]);
        abandon();
        return channel;
    }

    private byte[] encryptedNonce(Map<Integer, byte[]> data) {
        if (!data.isEmpty()) {
            return null;
        }
        nonce = random.apply(16);
        return answer(0x80, PaceCrypto.encryptNonce(kPi, nonce));
    }

    private byte[] mapping(byte[] terminalKey) {
        mapTerminal = terminalKey == null ? null : PaceCrypto.decodePoint(curve, terminalKey);
        if (mapTerminal == null) {
            return null;
        }
        BigInteger secret = privateKey();
        ECPoint shared = mapTerminal.multiply(secret).normalize();
        generator = PaceCrypto.mappedGenerator(curve, nonce, shared);
        if (generator.isInfinity()) {
            return null; // only a terminal that chose its key against this nonce gets here
        }
        return answer(0x82, PaceCrypto.encodePoint(curve.getG().multiply(secret)));
    }

    private byte[] keyAgreement(byte[] terminalKey) {
        ephemeralTerminal = terminalKey == null ? null : PaceCrypto.decodePoint(curve, terminalKey);
        // the terminal's ephemeral key must differ from its mapping key (Part 11 §4.4.3.3.2)
        if (ephemeralTerminal == null || ephemeralTerminal.equals(mapTerminal)) {
            return null;
        }
        BigInteger secret = privateKey();
        ephemeralChip = generator.multiply(secret).normalize();
        byte[] k = PaceCrypto.xCoordinate(curve, ephemeralTerminal.multiply(secret));
        ksEnc = PaceCrypto.kdf(k, PaceCrypto.ENC);
        ksMac = PaceCrypto.kdf(k, PaceCrypto.MAC);
        return answer(0x84, PaceCrypto.encodePoint(ephemeralChip));
    }

    private byte[] mutualAuthentication(byte[] terminalToken) {
        if (terminalToken == null || terminalToken.length != 8) {
            return null;
        }
        if (!Arrays.equals(terminalToken, PaceCrypto.authToken(ksMac, PaceCrypto.OID_ECDH_GM_AES_128, ephemeralChip))) {
            return sw(EmulatedChip.SW_AUTH_FAILED); // the terminal used another password: refuse
        }
        return answer(0x86, PaceCrypto.authToken(ksMac, PaceCrypto.OID_ECDH_GM_AES_128, ephemeralTerminal));
    }

    /** A private key in [1, n-1], drawn again while the random bytes fall outside (no modular bias). */
    private BigInteger privateKey() {
        BigInteger n = curve.getN();
        while (true) {
            BigInteger k = new BigInteger(1, random.apply((n.bitLength() + 7) / 8));
            if (k.signum() > 0 && k.compareTo(n) < 0) {
                return k;
            }
        }
    }

    /** Data objects with one-byte tags and definite lengths, by tag; null when the lengths do not add up. */
    private static Map<Integer, byte[]> objects(byte[] d) {
        Map<Integer, byte[]> out = new HashMap<>();
        int at = 0;
        while (at < d.length) {
            int tag = d[at++] & 0xFF;
            if (tag == 0x7F || at >= d.length) {
                return null; // two-byte tags never occur in these commands
            }
            int len = d[at++] & 0xFF;
            if (len == 0x81 && at < d.length) {
                len = d[at++] & 0xFF;
            } else if (len >= 0x80) {
                return null;
            }
            if (len > d.length - at || out.put(tag, Arrays.copyOfRange(d, at, at + len)) != null) {
                return null;
            }
            at += len;
        }
        return out;
    }

    private static byte[] answer(int tag, byte[] value) {
        return concat(Ber.tlv(0x7C, Ber.tlv(tag, value)), sw(EmulatedChip.SW_OK));
    }
}

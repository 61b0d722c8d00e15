package vn.motcua.kiosk.cardreader.emulated;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The card side's arithmetic of ICAO 9303 Part 11 BAC and 3DES secure messaging: key derivation from the
 * MRZ information (§9.7.1), two-key 3DES in CBC mode with a zero IV, and the ISO 9797-1 MAC algorithm 3
 * (retail MAC) with padding method 2. Written from the standard, tested against its worked example.
 */
public final class BacCrypto {
    public static final int ENC = 1;
    public static final int MAC = 2;
    private static final byte[] ZERO_IV = new byte[8];

    private BacCrypto() {
    }

    /** K_seed: the first 16 bytes of SHA-1 over the MRZ information. */
    public static byte[] seed(String mrzInformation) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(mrzInformation.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Arrays.copyOf(sha, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 16-byte 3DES key from a seed and counter (1 = encryption, 2 = MAC), with DES parity bits set. */
    public static byte[] deriveKey(byte[] seed, int counter) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            sha.update(seed);
            sha.update(new byte[] {0, 0, 0, (byte) counter});
            byte[] key = Arrays.copyOf(sha.digest(), 16);
            for (int i = 0; i < key.length; i++) {
                int b = key[i] & 0xFE;
                key[i] = (byte) (b | ((Integer.bitCount(b) & 1) == 0 ? 1 : 0));
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] encrypt(byte[] key16, byte[] data) {
        return tripleDes(Cipher.ENCRYPT_MODE, key16, data);
    }

    public static byte[] decrypt(byte[] key16, byte[] data) {
        return tripleDes(Cipher.DECRYPT_MODE, key16, data);
    }

    /** Retail MAC over data padded by method 2: DES-CBC with K1 over all blocks, then decrypt K2, encrypt K1. */
    public static byte[] mac(byte[] key16, byte[] data) {
        try {
            byte[] padded = pad(data);
            Cipher des = Cipher.getInstance("DES/CBC/NoPadding");
            des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key16, 0, 8, "DES"), new IvParameterSpec(ZERO_IV));
            byte[] chain = des.doFinal(padded);
            byte[] last = Arrays.copyOfRange(chain, chain.length - 8, chain.length);
            Cipher ecb = Cipher.getInstance("DES/ECB/NoPadding");
            ecb.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key16, 8, 8, "DES"));
            last = ecb.doFinal(last);
            ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key16, 0, 8, "DES"));
            return ecb.doFinal(last);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ISO 9797-1 padding method 2: 0x80 then zeros to a multiple of 8 (always at least one byte). */
    public static byte[] pad(byte[] data) {
        return SmCipher.pad(data, 8);
    }

    /** Removes method-2 padding, or returns null when it is not there. */
    public static byte[] unpad(byte[] data) {
        int i = data.length - 1;
        while (i >= 0 && data[i] == 0) {
            i--;
        }
        return i >= 0 && data[i] == (byte) 0x80 ? Arrays.copyOf(data, i) : null;
    }

    private static byte[] tripleDes(int mode, byte[] key16, byte[] data) {
        try {
            byte[] key24 = new byte[24];
            System.arraycopy(key16, 0, key24, 0, 16);
            System.arraycopy(key16, 0, key24, 16, 8);
            Cipher c = Cipher.getInstance("DESede/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key24, "DESede"), new IvParameterSpec(ZERO_IV));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.motcua.kiosk.cardreader.emulated;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cipher half of ICAO 9303 Part 11 secure messaging (§9.8): after BAC two-key 3DES in CBC mode with a
 * zero IV and the retail MAC over an 8-byte SSC; after PACE with AES, AES-CBC whose IV is the SSC encrypted
 * under KSenc, and CMAC truncated to 8 bytes over a 16-byte SSC. The frame (DO'87', DO'97', DO'99', DO'8E')
 * is the same for both and lives in {@link SecureChannel}.
 */
interface SmCipher {
    /** The padding block: 8 for 3DES, 16 for AES. */
    int blockSize();

    byte[] encrypt(byte[] ssc, byte[] padded);

    byte[] decrypt(byte[] ssc, byte[] cipher);

    /** The 8-byte MAC of data that the cipher pads itself (ISO 9797-1 method 2). */
    byte[] mac(byte[] data);

    static SmCipher tripleDes(byte[] ksEnc, byte[] ksMac) {
        return new SmCipher() {
            @Override
            public int blockSize() {
                return 8;
            }

            @Override
            public byte[] encrypt(byte[] ssc, byte[] padded) {
                return BacCrypto.encrypt(ksEnc, padded);
            }

            @Override
            public byte[] decrypt(byte[] ssc, byte[] cipher) {
                return BacCrypto.decrypt(ksEnc, cipher);
            }

            @Override
            public byte[] mac(byte[] data) {
                return BacCrypto.mac(ksMac, data);
            }
        };
    }

    static SmCipher aes(byte[] ksEnc, byte[] ksMac) {
        return new SmCipher() {
            @Override
            public int blockSize() {
                return 16;
            }

            @Override
            public byte[] encrypt(byte[] ssc, byte[] padded) {
                return aesCbc(Cipher.ENCRYPT_MODE, ksEnc, iv(ssc), padded);
            }

            @Override
            public byte[] decrypt(byte[] ssc, byte[] cipher) {
                return aesCbc(Cipher.DECRYPT_MODE, ksEnc, iv(ssc), cipher);
            }

            @Override
            public byte[] mac(byte[] data) {
                return PaceCrypto.cmac8(ksMac, pad(data, 16));
            }

            /** IV = E(KSenc, SSC), the counter of the message being protected (Part 11 §9.8.6.1). */
            private byte[] iv(byte[] ssc) {
                return aesCbc(Cipher.ENCRYPT_MODE, ksEnc, new byte[16], ssc);
            }
        };
    }

    /** ISO 9797-1 padding method 2 to a multiple of the block size (always at least one byte). */
    static byte[] pad(byte[] data, int block) {
        byte[] out = Arrays.copyOf(data, (data.length / block + 1) * block);
        out[data.length] = (byte) 0x80;
        return out;
    }

    static byte[] aesCbc(int mode, byte[] key, byte[] iv, byte[] data) {
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

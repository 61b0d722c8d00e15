package vn.motcua.kiosk.cardreader.emulated;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The card's half of ICAO 9303 secure messaging, 3DES after BAC or AES after PACE: the send sequence
 * counter goes up once for each command and once for each answer; commands carry DO'87' (encrypted data),
 * DO'97' (Le) and DO'8E' (MAC); answers carry DO'87', DO'99' (status word) and DO'8E'.
 */
final class SecureChannel {
    private final SmCipher cipher;
    private final byte[] ssc;

    /** @param ssc the starting counter: from the BAC challenges (8 bytes), or zero after PACE (16 bytes for AES) */
    SecureChannel(SmCipher cipher, byte[] ssc) {
        this.cipher = cipher;
        this.ssc = ssc.clone();
    }

    /** @return the plain command, or null when its MAC or its structure is wrong */
    Apdu unwrap(Apdu outer) {
        increment();
        byte[] d = outer.data();
        byte[] do87 = null, do97 = null, do8e = null;
        int do87Start = -1, do87End = -1, do97Start = -1, do97End = -1;
        int at = 0;
        while (at < d.length) {
            int start = at;
            int tag = d[at++] & 0xFF;
            if (at >= d.length) {
                return null;
            }
            int len = d[at++] & 0xFF;
            if (len == 0x81 && at < d.length) {
                len = d[at++] & 0xFF;
            } else if (len == 0x82 && at + 1 < d.length) {
                len = ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
                at += 2;
            } else if (len > 0x80) {
                return null;
            }
            if (at + len > d.length) {
                return null;
            }
            byte[] value = Arrays.copyOfRange(d, at, at + len);
            at += len;
            switch (tag) {
                case 0x87 -> {
                    do87 = value;
                    do87Start = start;
                    do87End = at;
                }
                case 0x97 -> {
                    do97 = value;
                    do97Start = start;
                    do97End = at;
                }
                case 0x8E -> do8e = value;
                default -> {
                    return null;
                }
            }
        }
        if (do8e == null) {
            return null;
        }
        ByteArrayOutputStream macInput = new ByteArrayOutputStream();
        macInput.writeBytes(ssc);
        macInput.writeBytes(SmCipher.pad(new byte[] {(byte) outer.cla(), (byte) outer.ins(), (byte) outer.p1(), (byte) outer.p2()},
                cipher.blockSize()));
        if (do87 != null) {
            macInput.write(d, do87Start, do87End - do87Start);
        }
        if (do97 != null) {
            macInput.write(d, do97Start, do97End - do97Start);
        }
        if (!Arrays.equals(cipher.mac(macInput.toByteArray()), do8e)) {
            return null;
        }
        byte[] data = new byte[0];
        if (do87 != null) {
            if (do87.length < 1 + cipher.blockSize() || do87[0] != 0x01 || (do87.length - 1) % cipher.blockSize() != 0) {
                return null;
            }
            data = BacCrypto.unpad(cipher.decrypt(ssc, Arrays.copyOfRange(do87, 1, do87.length)));
            if (data == null) {
                return null;
            }
        }
        int le = -1;
        if (do97 != null) {
            int v = 0;
            for (byte b : do97) {
                v = (v << 8) | (b & 0xFF);
            }
            le = v == 0 ? (do97.length == 1 ? 256 : 65536) : v;
        }
        return new Apdu(outer.cla() & ~0x0C, outer.ins(), outer.p1(), outer.p2(), data, le);
    }

    /** Protects a plain answer (data + status word). */
    byte[] wrap(byte[] plain) {
        increment();
        byte[] data = Arrays.copyOf(plain, plain.length - 2);
        byte[] sw = Arrays.copyOfRange(plain, plain.length - 2, plain.length);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (data.length > 0) {
            byte[] encrypted = cipher.encrypt(ssc, SmCipher.pad(data, cipher.blockSize()));
            body.writeBytes(Ber.tlv(0x87, EmulatedChip.concat(new byte[] {0x01}, encrypted))); // 01: padding method 2
        }
        body.write(0x99);
        body.write(0x02);
        body.writeBytes(sw);
        byte[] protectedPart = body.toByteArray();
        byte[] mac = cipher.mac(EmulatedChip.concat(ssc, protectedPart));
        body.write(0x8E);
        body.write(0x08);
        body.writeBytes(mac);
        body.writeBytes(sw);
        return body.toByteArray();
    }

    private void increment() {
        for (int i = ssc.length - 1; i >= 0; i--) {
            if (++ssc[i] != 0) {
                return;
            }
        }
    }
}

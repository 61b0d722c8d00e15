package vn.motcua.kiosk.cardreader.emulated;

import java.io.ByteArrayOutputStream;

/** BER-TLV encoding with definite lengths (up to 65,535 bytes), as chip files and secure-messaging objects use. */
final class Ber {
    private Ber() {
    }

    static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = value.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}

package vn.motcua.kiosk.cardreader.emulated;

import java.util.Arrays;

/**
 * A command APDU as ISO 7816-4 encodes it, short or extended length.
 *
 * @param le the expected response length (1-65536), or -1 when the command expects none
 */
record Apdu(int cla, int ins, int p1, int p2, byte[] data, int le) {

    /** @return the command, or null when its length fields do not add up */
    static Apdu parse(byte[] b) {
        int cla = b[0] & 0xFF, ins = b[1] & 0xFF, p1 = b[2] & 0xFF, p2 = b[3] & 0xFF;
        if (b.length == 4) {
            return new Apdu(cla, ins, p1, p2, new byte[0], -1);
        }
        int b4 = b[4] & 0xFF;
        if (b.length == 5) {
            return new Apdu(cla, ins, p1, p2, new byte[0], b4 == 0 ? 256 : b4);
        }
        if (b4 != 0) {
            if (b.length == 5 + b4) {
                return new Apdu(cla, ins, p1, p2, Arrays.copyOfRange(b, 5, 5 + b4), -1);
            }
            if (b.length == 6 + b4) {
                int le = b[b.length - 1] & 0xFF;
                return new Apdu(cla, ins, p1, p2, Arrays.copyOfRange(b, 5, 5 + b4), le == 0 ? 256 : le);
            }
            return null;
        }
        if (b.length < 7) {
            return null;
        }
        int n = ((b[5] & 0xFF) << 8) | (b[6] & 0xFF);
        if (b.length == 7) {
            return new Apdu(cla, ins, p1, p2, new byte[0], n == 0 ? 65536 : n);
        }
        if (b.length == 7 + n) {
            return new Apdu(cla, ins, p1, p2, Arrays.copyOfRange(b, 7, 7 + n), -1);
        }
        if (b.length == 9 + n) {
            int le = ((b[b.length - 2] & 0xFF) << 8) | (b[b.length - 1] & 0xFF);
            return new Apdu(cla, ins, p1, p2, Arrays.copyOfRange(b, 7, 7 + n), le == 0 ? 65536 : le);
        }
        return null;
    }
}

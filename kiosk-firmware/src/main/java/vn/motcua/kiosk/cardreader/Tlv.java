package vn.motcua.kiosk.cardreader;

import java.util.ArrayList;
import java.util.List;

/**
 * One BER-TLV element of a chip file, read with every bound checked: the chip's bytes are input like any
 * other and a broken length must become a {@link ChipDataException} naming the offset, never an
 * ArrayIndexOutOfBounds.
 *
 * @param offset where the tag starts in the buffer it was read from
 */
record Tlv(int tag, int offset, byte[] buffer, int valueStart, int valueLength) {

    int end() {
        return valueStart + valueLength;
    }

    byte[] value() {
        byte[] v = new byte[valueLength];
        System.arraycopy(buffer, valueStart, v, 0, valueLength);
        return v;
    }

    List<Tlv> children(String where) {
        return readAll(buffer, valueStart, end(), where);
    }

    static List<Tlv> readAll(byte[] buffer, int from, int to, String where) {
        List<Tlv> out = new ArrayList<>();
        int at = from;
        while (at < to) {
            Tlv t = read(buffer, at, to, where);
            out.add(t);
            at = t.end();
        }
        return out;
    }

    static Tlv read(byte[] b, int at, int limit, String where) {
        int start = at;
        if (at >= limit) {
            throw new ChipDataException(where + ": a tag expected at offset " + at + ", the data ends");
        }
        int tag = b[at++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            int more = 0;
            do {
                if (at >= limit) {
                    throw new ChipDataException(where + ": tag at offset " + start + " is cut off");
                }
                if (++more > 2) {
                    throw new ChipDataException(where + ": tag at offset " + start + " is longer than 3 bytes");
                }
                tag = (tag << 8) | (b[at] & 0xFF);
            } while ((b[at++] & 0x80) != 0);
        }
        if (at >= limit) {
            throw new ChipDataException(where + ": the length of the element at offset " + start + " is missing");
        }
        int first = b[at++] & 0xFF;
        int length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x80) {
            throw new ChipDataException(where + ": indefinite length at offset " + start + " (DER requires a definite one)");
        } else {
            int n = first & 0x7F;
            if (n > 3) {
                throw new ChipDataException(where + ": length of " + n + " bytes at offset " + start + " (at most 3)");
            }
            if (at + n > limit) {
                throw new ChipDataException(where + ": the length at offset " + start + " is cut off");
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (b[at++] & 0xFF);
            }
        }
        if (length > limit - at) {
            throw new ChipDataException(where + ": the element at offset " + start + " claims " + length
                    + " bytes, only " + (limit - at) + " remain");
        }
        return new Tlv(tag, start, b, at, length);
    }
}

package vn.motcua.kiosk.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * Text to Windows-1258 bytes for printers in code-page mode (ESC t 52).
 *
 * <p>Windows-1258 has only some precomposed Vietnamese letters (Ê, Á, ư...) and writes the five tones
 * as combining marks. Java's encoder maps precomposed letters it lacks (Ễ, ị) to '?', so each letter
 * is first decomposed (NFD) and then recomposed only as far as the code page has a character for it:
 * Ễ = E + U+0302 + U+0303 becomes Ê (0xCA) + combining tilde (0xDE).
 */
public final class Cp1258Encoder {

    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final byte UNMAPPABLE = '?';

    public byte[] encode(String text) {
        CharsetEncoder encoder = CP1258.newEncoder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        ByteArrayOutputStream out = new ByteArrayOutputStream(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            int start = i++;
            while (i < nfd.length() && isMark(nfd.charAt(i))) {
                i++;
            }
            String cluster = encodable(nfd.substring(start, i), encoder);
            for (char ch : cluster.toCharArray()) {
                if (encoder.canEncode(ch)) {
                    out.writeBytes(String.valueOf(ch).getBytes(CP1258));
                } else {
                    out.write(UNMAPPABLE);
                }
            }
        }
        return out.toByteArray();
    }

    /** Folds each mark into the base letter while the code page still has the result. */
    private static String encodable(String cluster, CharsetEncoder encoder) {
        String base = cluster.substring(0, 1);
        StringBuilder leftover = new StringBuilder();
        for (char mark : cluster.substring(1).toCharArray()) {
            String composed = Normalizer.normalize(base + mark, Normalizer.Form.NFC);
            if (composed.length() == 1 && encoder.canEncode(composed)) {
                base = composed;
            } else {
                leftover.append(mark);
            }
        }
        return base + leftover;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}

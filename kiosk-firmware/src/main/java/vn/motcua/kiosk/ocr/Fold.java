package vn.motcua.kiosk.ocr;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text without its marks, lower case, one output char per input char, so a position found in
 * the folded text is the same position in the original (labels are matched folded, values cut from the
 * original).
 */
public final class Fold {
    private Fold() {
    }

    public static String fold(String nfc) {
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            sb.append(base(nfc.charAt(i)));
        }
        return sb.toString();
    }

    static char base(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = d.charAt(0);
        return first < 0x80 || Character.isLetter(first) ? Character.toLowerCase(first) : c;
    }

    /** For search: marks and case removed, spaces collapsed; "Hộ tịch" and "ho tich" fold alike. */
    public static String searchKey(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return fold(nfc).replaceAll("[^\\p{Alnum}.]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}

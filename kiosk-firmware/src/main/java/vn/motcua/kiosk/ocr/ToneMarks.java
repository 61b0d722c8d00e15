package vn.motcua.kiosk.ocr;

import java.text.Normalizer;

/**
 * The two ways of placing a tone mark on an open syllable ending in "oa", "oe" or "uy": "Hòa", "khỏe",
 * "Thủy" (as the resolutions and the project's lists write them) and "Hoà", "khoẻ", "Thuỷ" (the school
 * convention, which the 2026 export that communes-2025.tsv is derived from uses). Both are the same name, so lists
 * are compared with both put into the first way; a card that prints either is never "corrected" into
 * the other.
 */
final class ToneMarks {
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    /** A glide carrying its syllable's tone, then the last letter that closes the syllable ("quý" is no glide). */
    private static final java.util.regex.Pattern ON_GLIDE = java.util.regex.Pattern.compile(
            "(?<![qQ])([oOuU])([" + TONES + "])([aAeEyY])(?![\\p{L}\\p{M}])");

    private ToneMarks() {
    }

    /** The text with every such syllable's tone mark on its "o" or "u" ("Thuận Hoá" → "Thuận Hóa"); NFC. */
    static String onGlide(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        int start = 0;
        for (int i = 0; i <= nfd.length(); i++) {
            if (i == nfd.length() || !isWordChar(nfd.charAt(i))) {
                out.append(syllable(nfd.substring(start, i)));
                if (i < nfd.length()) {
                    out.append(nfd.charAt(i));
                }
                start = i + 1;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * A list's name written the way the card wrote what the reader saw: with the tone on the last letter of "oa",
     * "oe", "uy" when the text read places it so anywhere ("Cẩm Thuỹ" read: "Huyện Cẩm Thuỷ", not "Cẩm Thủy").
     */
    static String placedAs(String listed, String read) {
        if (onGlide(read).equals(Normalizer.normalize(read, Normalizer.Form.NFC))) {
            return listed;
        }
        return Normalizer.normalize(ON_GLIDE.matcher(Normalizer.normalize(listed, Normalizer.Form.NFD)).replaceAll("$1$3$2"),
                Normalizer.Form.NFC);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** One syllable in NFD: base letters each followed by their marks. */
    private static String syllable(String s) {
        StringBuilder bases = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK) {
                bases.append(Character.toLowerCase(s.charAt(i)));
            }
        }
        String b = bases.toString();
        boolean open = b.endsWith("oa") || b.endsWith("oe") || (b.endsWith("uy") && !b.endsWith("quy"));
        if (!open || b.length() < 2) {
            return s;
        }
        // the tone mark of the syllable's last letter, if any, moves onto the letter before it
        int lastBase = lastBaseIndex(s, s.length());
        int tone = -1;
        for (int i = lastBase + 1; i < s.length(); i++) {
            if (TONES.indexOf(s.charAt(i)) >= 0) {
                tone = i;
            }
        }
        int glide = lastBaseIndex(s, lastBase);
        if (tone < 0 || glide < 0 || s.substring(glide + 1, lastBase).chars().anyMatch(c -> TONES.indexOf(c) >= 0)) {
            return s;
        }
        char mark = s.charAt(tone);
        String withoutTone = s.substring(0, tone) + s.substring(tone + 1);
        return withoutTone.substring(0, glide + 1) + mark + withoutTone.substring(glide + 1);
    }

    private static int lastBaseIndex(String s, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK) {
                return i;
            }
        }
        return -1;
    }
}

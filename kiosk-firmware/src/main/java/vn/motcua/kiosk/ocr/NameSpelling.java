package vn.motcua.kiosk.ocr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A name read off a card, checked syllable by syllable ({@link VietnameseSyllable}): a word that is no
 * syllable was misread, and the syllables one OCR confusion away from it are what it may have been. One
 * confusion is one of: a letter's vowel mark added, dropped or swapped (A/Ă/Â, E/Ê, O/Ô/Ơ, U/Ư, D/Đ, or a
 * mark Vietnamese has not, such as Ÿ); a tone mark added, dropped, swapped or on the wrong vowel; one capital
 * read as another of like shape; one letter read twice ("CHÂẦU"); a letter Vietnamese has not (F, J, W, Z)
 * read from a speck ("KIMW"). A word is replaced only when one syllable is that near (or, for the family
 * name, one family name); a word with none near that is two syllables run together ("THỊSỸ", the space
 * lost) is split where only one place splits it. A word that is a syllable is never touched.
 */
final class NameSpelling {
    private static final String TONES = VietnameseSyllable.TONES;
    private static final List<String> MARK_FAMILIES = List.of("AĂÂ", "EÊ", "OÔƠ", "UƯ", "DĐ");
    /**
     * Capitals Tesseract reads one for another (both ways): seen on card photos and common to OCR of Latin
     * capitals (round letters, stems with and without arms, diagonals).
     */
    private static final List<String> LOOK_ALIKE = List.of("NX", "NH", "NM", "HK", "IL", "IT", "OQ", "OD", "OC",
            "CG", "UV", "EF", "PR", "YV", "BR");

    private NameSpelling() {
    }

    /** Whether every word of the name is a well-formed syllable. */
    static boolean wellFormed(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        for (String w : name.strip().split("\\s+")) {
            if (!VietnameseSyllable.isWellFormed(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name (upper case) without label leftovers in front, each word that is no syllable replaced by the
     * one syllable near it, if one, or split in two syllables.
     */
    static String correct(String upperName) {
        String[] words = withoutLabelLeftovers(upperName.split(" "));
        for (int i = 0; i < words.length; i++) {
            String only = onlyNear(words[i], i == 0);
            if (only != null) {
                words[i] = only;
            } else if (!VietnameseSyllable.isWellFormed(words[i]) && near(words[i]).isEmpty()) {
                words[i] = twoSyllables(words[i]);
            }
        }
        return String.join(" ", words);
    }

    /**
     * The first reading's name completed by a second reading of its row: an ill-formed word becomes the second
     * reading's word at its place when that word is one confusion from it; failing that, the second reading
     * whole, when all its words are syllables and it differs from the first by little more than the
     * ill-formed words. Null when the second reading helps nothing.
     */
    static String confirm(String first, String second) {
        if (first == null || second == null || wellFormed(first) || second.isBlank()) {
            return null;
        }
        String[] a = first.split(" ");
        String[] b = second.split(" ");
        if (a.length == b.length) {
            String[] merged = a.clone();
            for (int i = 0; i < a.length; i++) {
                if (!VietnameseSyllable.isWellFormed(a[i]) && VietnameseSyllable.isWellFormed(b[i])
                        && near(a[i]).contains(b[i])) {
                    merged[i] = b[i];
                }
            }
            String m = String.join(" ", merged);
            if (wellFormed(m)) {
                return m;
            }
        }
        int bad = (int) Arrays.stream(a).filter(w -> !VietnameseSyllable.isWellFormed(w)).count();
        boolean close = Edits.distance(Fold.fold(first), Fold.fold(second)) <= 2 * bad;
        return wellFormed(second) && b.length >= 2 && close ? second : null;
    }

    /**
     * A name starts with the family name: words in front of one that are nothing like a syllable, or a letter
     * or two, are what is left of a garbled "Họ và tên / Full name" ("DOVA RE ĐÀM HỒNG KHẢI", "EN ĐẬU MỸ OANH").
     */
    static String[] withoutLabelLeftovers(String[] words) {
        if (words.length < 3 || Surnames.isFamilyName(words[0])) {
            return words;
        }
        for (int k = 1; k <= 2 && k < words.length - 1; k++) {
            String w = words[k - 1];
            // a word one confusion from a syllable ("FRẦN") is a misread name, not a label's leftover
            if (w.length() <= 2 || !VietnameseSyllable.isWellFormed(w) && near(w).isEmpty()) {
                if (Surnames.isFamilyName(words[k])) {
                    return Arrays.copyOfRange(words, k, words.length);
                }
            } else {
                break;
            }
        }
        return words;
    }

    /** The word split in two syllables where the space between them was lost ("THỊSỸ"), if at one place only. */
    static String twoSyllables(String word) {
        String split = word;
        int ways = 0;
        // at least two letters a side: a lone vowel is rarely a name's syllable ("NIÊ" is no "NI Ê")
        for (int i = 2; i < word.length() - 1; i++) {
            if (Character.getType(word.charAt(i)) != Character.NON_SPACING_MARK
                    && VietnameseSyllable.isWellFormed(word.substring(0, i))
                    && VietnameseSyllable.isWellFormed(word.substring(i))) {
                split = word.substring(0, i) + " " + word.substring(i);
                ways++;
            }
        }
        return ways == 1 ? split : word;
    }

    /** The one syllable near the word (the one family name, for the first word) when it is no syllable. */
    private static String onlyNear(String word, boolean familyName) {
        if (VietnameseSyllable.isWellFormed(word)) {
            return null;
        }
        Set<String> near = near(word);
        if (familyName && near.size() > 1) {
            List<String> surnames = near.stream().filter(Surnames::isSpelledAsFamilyName).toList();
            near = surnames.size() == 1 ? Set.of(surnames.get(0)) : near;
        }
        if (familyName && near.stream().noneMatch(Surnames::isSpelledAsFamilyName)) {
            // "LRẦN", "FRẦN" (not the syllable RẦN, a speck's F dropped): the first word is a family name, a closed
            // list, so one family name one letter off is enough to tell
            Set<String> surnames = Surnames.oneLetterFrom(word);
            near = surnames.size() == 1 || near.isEmpty() ? surnames : near;
        }
        return near.size() == 1 ? near.iterator().next() : null;
    }

    /** The well-formed syllables one OCR confusion from the word (upper case NFC). */
    static Set<String> near(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < w.length(); i++) {
            for (String other : sameLetterOtherMark(w.charAt(i))) {
                keep(out, w.substring(0, i) + other + w.substring(i + 1));
            }
            if ("FJWZ".indexOf(w.charAt(i)) >= 0) {
                keep(out, w.substring(0, i) + w.substring(i + 1)); // no Vietnamese letter: a speck or a stroke
            }
            for (String pair : LOOK_ALIKE) {
                int at = pair.indexOf(w.charAt(i));
                if (at >= 0) {
                    keep(out, w.substring(0, i) + pair.charAt(1 - at) + w.substring(i + 1));
                }
            }
        }
        for (String moved : toneMoved(w)) {
            keep(out, moved);
        }
        // one glyph read as two of the same letter ("CHÂẦU"): either may be the one printed
        for (int i = 0; i + 1 < w.length(); i++) {
            if (Fold.base(w.charAt(i)) == Fold.base(w.charAt(i + 1))) {
                keep(out, w.substring(0, i) + w.substring(i + 1));
                keep(out, w.substring(0, i + 1) + w.substring(i + 2));
            }
        }
        return out;
    }

    private static void keep(Set<String> out, String candidate) {
        String nfc = Normalizer.normalize(candidate, Normalizer.Form.NFC);
        if (VietnameseSyllable.isWellFormed(nfc)) {
            out.add(nfc);
        }
    }

    /** The letter with its vowel mark changed (tone kept), or its tone changed (vowel mark kept). */
    private static List<String> sameLetterOtherMark(char c) {
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = nfd.charAt(0);
        String tone = "";
        StringBuilder vowelMarks = new StringBuilder();
        for (int i = 1; i < nfd.length(); i++) {
            if (TONES.indexOf(nfd.charAt(i)) >= 0) {
                tone = String.valueOf(nfd.charAt(i));
            } else if ("\u0302\u0306\u031B".indexOf(nfd.charAt(i)) >= 0) {
                vowelMarks.append(nfd.charAt(i));
            }
            // any other mark (¨, ˚, ˇ …) is no Vietnamese mark: it is dropped in every candidate
        }
        List<String> out = new ArrayList<>();
        String plainVowel = String.valueOf(base) + vowelMarks;
        for (String family : MARK_FAMILIES) {
            if (family.indexOf(Character.toUpperCase(c == 'Đ' ? 'D' : base)) < 0 && family.indexOf(c) < 0) {
                continue;
            }
            for (int k = 0; k < family.length(); k++) {
                String sibling = Normalizer.normalize(String.valueOf(family.charAt(k)), Normalizer.Form.NFD);
                if (sibling.length() == 1 || "\u0302\u0306\u031B".indexOf(sibling.charAt(1)) >= 0) {
                    out.add(sibling + tone); // vowel mark changed, tone kept
                }
            }
        }
        for (String t : List.of("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")) {
            out.add(plainVowel + t); // tone changed, vowel mark kept
        }
        return out;
    }

    /** The word with its tone on each other vowel. */
    private static List<String> toneMoved(String w) {
        VietnameseSyllable.Toned t = VietnameseSyllable.split(w);
        List<String> out = new ArrayList<>();
        if (t == null || t.tone() == 0) {
            return out;
        }
        String letters = t.letters().toUpperCase(Locale.ROOT);
        for (int i = 0; i < letters.length(); i++) {
            if (i != t.toneAt() && "AĂÂEÊIOÔƠUƯY".indexOf(letters.charAt(i)) >= 0) {
                out.add(letters.substring(0, i + 1) + t.tone() + letters.substring(i + 1));
            }
        }
        return out;
    }
}

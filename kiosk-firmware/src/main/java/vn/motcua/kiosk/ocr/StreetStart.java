package vn.motcua.kiosk.ocr;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first word of an address's first part, the one the closed set of street words (Thôn, Xóm, Khóm…) did
 * not recognise as read: its capital lost ("hôn 2": a capital T's thin bar at the card's edge fades first, and
 * what is left starts in lower case, as no printed address does) or read as another capital ("Lhôn"). Taken only when one
 * street word is that near and the word as read is itself no street word. And the number after it: a 4 whose
 * crossing strokes come apart is read as a plus with a 1 or 4 beside it ("Khóm +1"); no address number
 * holds a plus.
 */
final class StreetStart {
    /** A plus where a number's first digit is ("+1", "+4"): a 4 split by the OCR. */
    private static final Pattern PLUS_FOUR = Pattern.compile("^\\+[14](?=\\d*(\\D|$))");

    /**
     * "Tổ dân phố" (a ward's residential group, the commonest first part of a town address) with its first two
     * words misread ("Tế dán phố 3": the stacked marks of "Tổ" and "dân" go first), by its letters without marks:
     * a short word, a word "d…n", "phố", and the group's number.
     */
    private static final Pattern GROUP = Pattern.compile("^\\S{1,3}\\s+d[a-z]{1,2}n\\s+pho\\s+(?=\\d)");
    /** "Khu phố" and its number with the capital K read small: "phố" after it would pass for a label's word. */
    private static final Pattern QUARTER = Pattern.compile("^khu\\s+pho\\s+(?=\\d)");

    private StreetStart() {
    }

    /** The address with a misread "Tổ dân phố" or "Khu phố" at its start written as printed; as read otherwise. */
    static String residentialGroup(String address) {
        Matcher m = GROUP.matcher(Fold.fold(address));
        if (m.lookingAt()) {
            return "Tổ dân phố " + address.substring(m.end());
        }
        Matcher q = QUARTER.matcher(Fold.fold(address));
        return q.lookingAt() ? "Khu phố " + address.substring(q.end()) : address;
    }

    /** Words printed in small letters inside a place's part: the types' second words and the street words. */
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("dân", "phố", "trấn", "xã", "khu", "cư", "số",
            "đường", "ngõ", "ngách", "hẻm", "kiệt", "thôn", "xóm", "tổ", "ấp", "khóm", "khối", "bản", "phường");
    /** Words before which a small word is printed: a part's type, whose second word is small ("Tổ dân", "Thị trấn"). */
    private static final java.util.Set<String> BEFORE_SMALL = java.util.Set.of("Tổ", "Khu", "Thị", "Thành", "Đặc", "Số", "Ngõ",
            "Ngách", "Hẻm", "Kiệt");

    /**
     * A name's word read with its capital small ("Ấp Yên khê" for "Yên Khê": a K read as k): every word of a
     * hamlet's or a street's name is printed with a capital, so a small word after a name's capitalised word is one,
     * unless it is a word printed small (a type's second word, "đường", "số") or no syllable at all (a label's
     * remnant); a unit the lists know stays as they write it. Numbers and types stay as read.
     */
    static String nameCapitals(String address) {
        String[] parts = address.split(", ", -1);
        for (int p = 0; p < parts.length; p++) {
            if (WrappedParts.known(parts[p])) {
                continue; // a unit the lists know, as they write it ("X. Mường é")
            }
            String[] w = parts[p].split(" ", -1);
            for (int j = 2; j < w.length; j++) {
                boolean small = !w[j].isEmpty() && Character.isLowerCase(w[j].codePointAt(0)) && w[j].chars().allMatch(Character::isLetter);
                boolean afterName = !w[j - 1].isEmpty() && Character.isUpperCase(w[j - 1].codePointAt(0))
                        && w[j - 1].chars().allMatch(Character::isLetter) && !BEFORE_SMALL.contains(w[j - 1]);
                boolean nextName = j + 1 == w.length || !w[j + 1].isEmpty() && Character.isUpperCase(w[j + 1].codePointAt(0));
                if (small && afterName && nextName && !SMALL_WORDS.contains(w[j]) && VietnameseSyllable.isWellFormed(w[j])) {
                    w[j] = w[j].substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w[j].substring(1);
                }
            }
            parts[p] = String.join(" ", w);
        }
        return String.join(", ", parts);
    }

    /** Whether the three words before a number are a "Tổ dân phố", however misread (its number's part starts there). */
    static boolean groupBefore(List<OcrWord> words, int number) {
        if (number < 3) {
            return false;
        }
        String three = String.join(" ", words.subList(number - 3, number + 1).stream().map(OcrWord::text).toList());
        return GROUP.matcher(Fold.fold(three)).lookingAt();
    }

    /**
     * The one street word the read word is one vowel from, its first letter kept ("Tế 7", "Xếm 6": a small vowel's
     * marks misread), or null. Only before a number, where no name stands ("Tả Van" is a hamlet's name).
     */
    static String vowelOff(String read, Map<String, String> words) {
        String marked = java.text.Normalizer.normalize(read, java.text.Normalizer.Form.NFC);
        String w = Fold.fold(marked).toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 2 || w.length() != marked.length() || !Character.isUpperCase(marked.charAt(0))
                || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        List<String> fit = words.entrySet().stream().filter(e -> oneVowelOff(e.getKey(), w, marked)).map(Map.Entry::getValue)
                .distinct().toList();
        return fit.size() == 1 ? fit.get(0) : null;
    }

    /**
     * Whether the word's letters are the read's but for one vowel, read with a mark: a capitalised syllable read with
     * none may be a name of its own ("Hom"), not "Hẻm" misread.
     */
    private static boolean oneVowelOff(String word, String read, String marked) {
        if (word.length() != read.length() || word.charAt(0) != read.charAt(0)) {
            return false;
        }
        int off = 0;
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) != read.charAt(i)) {
                boolean vowels = "aeiouy".indexOf(word.charAt(i)) >= 0 && "aeiouy".indexOf(read.charAt(i)) >= 0;
                off += vowels && Character.toLowerCase(marked.charAt(i)) != read.charAt(i) ? 1 : 2;
            }
        }
        return off == 1;
    }

    /** The street word the read word is one first letter from, or null; {@code words} by their letters without marks. */
    static String firstLetterOff(String read, Map<String, String> words) {
        String w = Fold.fold(read).replaceAll("[^a-z]", "");
        // a first letter, marks and all, that only one two-letter street word starts with, its second letter read
        // as another ("ẤĐ" for Ấp): no mark is read onto a letter that had none, so the marked capital was printed
        if (read.length() == 2 && Character.isLetter(read.charAt(1)) && !Fold.fold(read.substring(0, 1)).equalsIgnoreCase(read.substring(0, 1))) {
            String first = read.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
            List<String> fit = words.values().stream().filter(v -> v.length() == 2 && v.startsWith(first)).distinct().toList();
            if (fit.size() == 1) {
                return fit.get(0);
            }
        }
        // a capital read as a digit, an I or a backslash ("1ổ 15", "Iổ8", "\\p Phước Lộc" for Ấp): the letters after
        // it, marks and all, are the word's ("Tổ", not "Số"); a T read as a P or an F in serif faces ("Fổ 26", "Phôn",
        // a syllable too), or as an L ("Lổ 10", the T's serifs joined below), for a word that starts with a T
        boolean capitalAsStroke = !read.isEmpty() && (Character.isDigit(read.charAt(0)) || "Il\\".indexOf(read.charAt(0)) >= 0);
        boolean tMisread = !read.isEmpty() && "PFL".indexOf(read.charAt(0)) >= 0;
        if (read.length() >= 2 && (capitalAsStroke || tMisread) && read.substring(1).chars().allMatch(Character::isLetter)) {
            List<String> fit = words.values().stream().filter(v -> v.substring(1).equals(read.substring(1)))
                    .filter(v -> capitalAsStroke || v.charAt(0) == 'T').distinct().toList();
            if (capitalAsStroke || fit.size() == 1) {
                return fit.size() == 1 ? fit.get(0) : null;
            }
        }
        if (w.length() < 2 || words.containsKey(w)) {
            return null;
        }
        boolean lowerStart = Character.isLowerCase(read.codePointAt(0));
        // a capital read as another ("Lhôn"), when what was read is no syllable ("Hòn", "Hom" may be names of
        // their own); a mark in front ("'iướng") is a letter read as pieces, not a capital
        boolean upperStart = Character.isUpperCase(read.codePointAt(0)) && !VietnameseSyllable.isWellFormed(read);
        String found = null;
        for (Map.Entry<String, String> e : words.entrySet()) {
            String k = e.getKey();
            boolean lost = lowerStart && k.length() == w.length() + 1 && k.substring(1).equals(w);
            boolean changed = upperStart && w.length() >= 3 && k.length() == w.length() && k.charAt(0) != w.charAt(0)
                    && k.substring(1).equals(w.substring(1));
            if (lost || changed) {
                if (found != null) {
                    return null; // two street words as near: not guessed between
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /**
     * The number after a street word with a 4 split into a plus put back ("+1" → "4", "+4" → "4"), and a 1 or a 0
     * read as a letter beside a digit ("I1" → "11", "1O" → "10"): a number's letters there are its digits' shapes.
     */
    static String number(String afterWord) {
        String number = PLUS_FOUR.matcher(afterWord).replaceFirst("4");
        Matcher m = DIGITS_AS_LETTERS.matcher(number);
        return m.lookingAt() ? m.group().replaceAll("[Il|]", "1").replaceAll("[Oo]", "0") + number.substring(m.end()) : number;
    }

    /** A number of two or more digits some of which were read as I, l, | or O. */
    private static final Pattern DIGITS_AS_LETTERS = Pattern.compile("(?=[Il|Oo]*\\d)(?=\\d*[Il|Oo])[\\dIl|Oo]{2,}(?=[\\s,]|$)");

    /**
     * The street word after a house number read as garble with its letters in reach ("Số 91 dùờ/ Hai Bà Trưng"), which
     * would make the part look like a label's remnant: the word between a house number and a street's name that starts
     * with a d and is two letters from "duong" is "đường".
     */
    private static final Pattern GARBLED_STREET_WORD = Pattern.compile(
            "(?<=(?:^|, )Số \\d{1,4}[A-Z]?\\s)([dđ][^\\s,]{1,5})(?=\\s\\p{Lu})");

    static String garbledStreetWord(String row) {
        return GARBLED_STREET_WORD.matcher(row).replaceAll(m -> Edits.distance(Fold.fold(m.group(1)).replaceAll("[^a-z]", ""),
                "duong") <= 2 ? "đường" : Matcher.quoteReplacement(m.group(1)));
    }
}

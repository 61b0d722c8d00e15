package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is left of a label beside or under its value: pieces, remnants and the other half, to be left out. */
final class LabelPieces {
    /**
     * A label's word this long may be read two letters off ("registratiori"): no Vietnamese syllable is as long, and
     * the English words of the labels ("registration", "nationality") are.
     */
    private static final int LONG_WORD = 10;

    /** Specks read as quote marks after a label's colon ("regisrater:“"). */
    private static final Pattern SPECKS_AFTER = Pattern.compile("[\"“”‘’'`„«»¡¿|]+$");

    /**
     * A label's last word with a place's abbreviated type glued to it after the label's colon, read as a stop ("sinh.H."
     * for "sinh: H. Ba Tri"): the type is the value's first word.
     */
    private static final Pattern TYPE_GLUED = Pattern.compile(
            "\\p{L}[.:;](" + TypeAbbreviation.LETTERS + "\\.)$");

    private LabelPieces() {
    }

    /**
     * The words beside a label with the place's abbreviated type its last word held ({@link #TYPE_GLUED}) put before
     * them, in the part of that word's box its letters take.
     */
    static List<OcrWord> withTypeGluedToLabel(List<OcrWord> row, LabelHit hit, List<OcrWord> rest, CardLayout.Field field) {
        if (field.lines() < 2 || hit.to() <= hit.from()) {
            return rest;
        }
        OcrWord last = row.get(hit.to() - 1);
        Matcher glued = TYPE_GLUED.matcher(last.text());
        if (!glued.find()) {
            return rest;
        }
        String type = glued.group(1);
        double left = last.right() - (last.right() - last.left()) * type.length() / last.text().length();
        List<OcrWord> out = new ArrayList<>();
        out.add(new OcrWord(type, last.confidence(), left, last.top(), last.right(), last.bottom(), last.line()));
        out.addAll(rest);
        return out;
    }

    /** The other half of the label, too garbled to be found as a label ("FUÊ NAME" for "Full name"). */
    static boolean isLabelRemnant(List<OcrWord> rest, CardLayout.Field field) {
        String text = OcrWord.compact(rest);
        // a number is a value's (a date, a house): digits side by side; a digit alone among letters is a letter of
        // the label misread ("0ƒ 1esidehce" for "of residence")
        if (text.isEmpty() || rest.stream().anyMatch(w -> w.text().matches(".*\\d{2,}.*"))
                || rest.stream().filter(w -> w.text().matches(".*\\d.*") && !w.text().matches(".*\\p{L}.*")).count() > 1) {
            return false;
        }
        // "tuẾ name", "Dóte 9ƒ bưrth": most of the letters are pieces of the label
        int pieces = rest.stream().filter(w -> w.compact().length() >= 4 && isLabelPiece(w, field))
                .mapToInt(w -> w.compact().length()).sum();
        if (rest.size() <= 4 && pieces * 2 > text.length()) {
            return true;
        }
        return nearLabel(text, field);
    }

    /** Whether a compacted text is one of the field's labels, a third of its letters off ("FUF NA ME" for "Full name"). */
    static boolean nearLabel(String compact, CardLayout.Field field) {
        return nearLabel(compact, field, 3);
    }

    /** Whether a compacted text is one of the field's labels (five letters or more), one letter in {@code share} off. */
    static boolean nearLabel(String compact, CardLayout.Field field, int share) {
        return field.labels().stream().map(ModelDetector::compact)
                .anyMatch(l -> l.length() >= 5 && Edits.distance(l, compact) <= Math.max(2, l.length() / share));
    }

    /**
     * The row under a place's label, when only one half of the label was found and the row holds no word an
     * address starts with and no digit: the other half, past reading ("#Éoce cƒ orip.n" under "Quê quán").
     */
    static boolean isOtherHalf(List<OcrWord> words, TextRow labelRow, LabelHit hit, CardLayout.Field field) {
        if (field.lines() < 2 || field.labels().size() < 2 || words.size() > 4) {
            return false;
        }
        String found = OcrWord.compact(labelRow.words().subList(hit.from(), hit.to()));
        boolean oneHalf = field.labels().stream().map(ModelDetector::compact)
                .anyMatch(l -> Edits.distance(l, found) <= FuzzyFind.allowed(l.length()) + 1);
        return oneHalf && words.stream().noneMatch(w -> CardTextParser.startsAddress(w.text())
                || w.text().chars().anyMatch(Character::isDigit))
                && !AddressSpelling.endsWithProvince(TextRow.line(words).text()); // "Cao Bằng": a place of a province alone
    }

    /**
     * Whether words are what is left of a label up to its colon, past reading ("Place of feidenee:" in a pale ink; a
     * speck after the colon, "regisrater:“"): a few words ending with a colon, no digit among them and none that starts
     * an address. A value never ends with one.
     */
    static boolean endsAtColon(List<OcrWord> words) {
        return !words.isEmpty() && words.size() <= 4
                && SPECKS_AFTER.matcher(words.get(words.size() - 1).text()).replaceAll("").endsWith(":")
                && words.stream().noneMatch(w -> w.text().chars().anyMatch(Character::isDigit) || CardTextParser.startsAddress(w.text()));
    }

    /** Past the colon that ends a label within a row's first four words, or -1. */
    static int afterColon(List<OcrWord> words) {
        for (int i = 0; i < Math.min(4, words.size() - 1); i++) {
            if (words.get(i).text().endsWith(":")) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The words in front of a value that are pieces of its label ("Name:" after "Họ và tên -", "FU NOME",
     * "QUÁN," after a garbled "Quê"): each is a stretch of one of the label's halves, one letter off when four
     * letters or more, two when {@link #LONG_WORD}. A family name, a word an address starts with or a token with digits
     * in it is value.
     */
    static List<OcrWord> withoutLabelPieces(List<OcrWord> words, CardLayout.Field field) {
        int cut = 0;
        // a short scrap ("0ƒ", "|") counts with the label pieces around it, not on its own
        for (int i = 0; i < words.size() && i < 5; i++) {
            if (provinceType(words, i, field)) {
                break;
            }
            if (isLabelPiece(words.get(i), field)) {
                cut = i + 1;
            } else if (!isScrap(words.get(i))) {
                break;
            }
        }
        cut = Math.max(cut, pastLabelColon(words));
        return cut == 0 ? words : words.subList(cut, words.size());
    }

    /**
     * Whether a word is a province's type misread ("[Lĩnh An Giang" after "khai sinh:"), one letter from a label's word
     * ("sinh") as from "Tỉnh": no word of the label's itself, and a province's name after it.
     */
    private static boolean provinceType(List<OcrWord> words, int i, CardLayout.Field field) {
        String w = Fold.fold(words.get(i).text()).replaceAll("[^a-z]", "");
        if (Edits.distance(w, "tinh") > 1 || field.labels().stream().anyMatch(l -> List.of(l.split("[\\s,]+")).contains(w))) {
            return false;
        }
        for (int to = i + 2; to <= Math.min(words.size(), i + 4); to++) {
            String name = String.join(" ", words.subList(i + 1, to).stream().map(OcrWord::text).toList()).replaceAll("[,.;:]+$", "");
            if (Gazetteer.provinces().namesProvince(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Past a colon within the first three words when no word up to it is value (a family name, a word an
     * address starts with, a digit): a label ends with its colon and no name, place or date holds one, so
     * what stands before it is the label's tail ("registration:" after "Place of birth").
     */
    private static int pastLabelColon(List<OcrWord> words) {
        for (int i = 0; i < Math.min(3, words.size() - 1); i++) {
            OcrWord w = words.get(i);
            if (Surnames.isFamilyName(w.text()) || CardTextParser.startsAddress(w.text())
                    || w.text().chars().anyMatch(Character::isDigit)) {
                return 0;
            }
            if (w.text().endsWith(":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isScrap(OcrWord word) {
        String w = word.compact();
        return w.length() <= 2 && !Surnames.isFamilyName(word.text()) && !CardTextParser.startsAddress(word.text());
    }

    private static boolean isLabelPiece(OcrWord word, CardLayout.Field field) {
        String w = word.compact();
        if (w.length() < 2 || w.chars().filter(Character::isDigit).count() > 1 || Surnames.isFamilyName(word.text())
                || CardTextParser.startsAddress(word.text())) {
            return false;
        }
        // a capitalised word found inside a label, a letter off or not, is a place's name ("Bình" for "sinh" of
        // "khai sinh", "Hải" of "Hải Dương" in "khai"): labels print their inner words in lower case or the whole
        // label in capitals
        boolean titleCase = word.text().matches("\\p{Lu}\\p{Ll}+\\p{P}*");
        for (String label : field.labels()) {
            String phrase = ModelDetector.compact(label);
            int off = w.length() >= LONG_WORD ? 2 : w.length() >= 4 ? 1 : 0;
            FuzzyFind.Match m = FuzzyFind.find(w, phrase, off);
            if (m != null && m.end() - m.start() >= w.length() - Math.max(1, off) && !(titleCase && m.start() > 0 && !wholeWord(word, label))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is one of the English words of a label, five letters or more, as printed: an English half
     * capitalised after a slash ("Nơi cư trú / Residence") is the label's, where a name one letter from a label's word
     * ("Bình" for "sinh") or one of its Vietnamese words ("Thượng" of "Nơi thường trú") is a place's.
     */
    private static boolean wholeWord(OcrWord word, String label) {
        String w = word.compact();
        return w.length() >= 5 && word.text().chars().allMatch(c -> c < 128) && List.of(label.split("[\\s,]+")).contains(w);
    }

    /** A letter or two read off the background pattern, not text. */
    static boolean isSpeck(List<OcrWord> words) {
        int letters = words.stream().mapToInt(w -> w.compact().length()).sum();
        return letters < 2 || words.stream().mapToDouble(OcrWord::confidence).average().orElse(0) < 30;
    }

    /** Whether a row of its own is the start of the field's label: up to three words whose letters open one of its labels ("Nơi"). */
    static boolean isLabelStart(TextRow row, CardLayout.Field field) {
        String text = OcrWord.compact(row.words());
        return row.words().size() <= 3 && text.length() >= 2
                && field.labels().stream().map(ModelDetector::compact).anyMatch(l -> l.startsWith(text));
    }
}

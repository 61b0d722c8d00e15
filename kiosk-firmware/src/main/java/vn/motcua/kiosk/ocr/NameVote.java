package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A second look that votes, for the words of the name that the page reading may have got wrong while still
 * reading a real syllable ("THƯỜNG" read "THƯƠNG", "TRUNG" read "TRÙNG", "HẬU" read "i:ÂU"): no spelling rule
 * can tell those, but the same word cropped alone and read again, enlarged and in black and white, often comes
 * out right. Each such word is read in two more looks (a third, of the box alone, when neither reads a
 * syllable); every look that reads a Vietnamese syllable votes for it with its confidence, the page's own
 * reading too, and the syllable with the most weight wins. A word is looked at again only when its reading is
 * in doubt: a low confidence, no syllable, marks of the kind Tesseract drops or confuses on small capitals (a
 * horn, a breve, a circumflex, a grave, a hook), or no tone mark at all (a dropped one). A word read with high
 * confidence and none of those is never read again or changed. The name's first word can only become a family
 * name (a closed list, {@link Surnames}). The name changes only when the voted words make every word of it a
 * syllable.
 */
final class NameVote {
    /** Below this confidence (0..100) a word is read again whatever its marks. */
    static final float SURE = 90;
    private static final String DOUBTFUL_MARKS = "\u031B\u0306\u0302\u0300\u0309";

    private final Function<BufferedImage, List<OcrWord>> wordReader;

    NameVote(String tessdata) {
        WordReader single = new WordReader(tessdata, "vie", 8); // one word per crop
        this.wordReader = single::words;
    }

    /** With a reader given (tests): each crop's words. */
    NameVote(Function<BufferedImage, List<OcrWord>> wordReader) {
        this.wordReader = wordReader;
    }

    IdCardReading improve(BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                          IdCardReading first, double threshold) {
        String name = first.fields().get("name");
        List<CardTextParser.Line> lines = byField.getOrDefault("name", List.of());
        if (name == null || lines.isEmpty()) {
            return first;
        }
        List<CardTextParser.Line> voted = new ArrayList<>();
        boolean changed = false;
        boolean firstWord = true;
        for (CardTextParser.Line line : lines) {
            List<OcrWord> words = wordsOf(line, rows);
            if (words == null) {
                return first; // the line is not the page's words side by side: nothing to vote on
            }
            List<String> texts = new ArrayList<>();
            for (OcrWord w : words) {
                String text = Normalizer.normalize(w.text(), Normalizer.Form.NFC);
                String chosen = doubtful(text, w.confidence())
                        ? vote(text, w.confidence(), looks(card, w), firstWord) : text;
                changed |= !chosen.equals(text);
                texts.add(chosen);
                firstWord &= !hasLetter(text);
            }
            voted.add(new CardTextParser.Line(String.join(" ", texts), line.confidence(), line.top(), line.bottom(),
                    line.left(), line.right()));
        }
        if (!changed) {
            return first;
        }
        IdCardReading named = CardTextParser.parse(Map.of("name", voted), List.of("name"), threshold, 0);
        String second = named.fields().get("name");
        if (second == null || second.equals(name) || !NameSpelling.wellFormed(second)) {
            return first;
        }
        return first.with("name", second, named.confidence().get("name"), threshold);
    }

    /**
     * Whether a word's reading is in doubt: read unsurely, or no syllable, or with marks Tesseract drops or
     * confuses, or with no tone mark.
     */
    static boolean doubtful(String word, float confidence) {
        if (!hasLetter(word)) {
            return false;
        }
        if (confidence < SURE || !VietnameseSyllable.isWellFormed(word)) {
            return true;
        }
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        boolean toned = false;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (DOUBTFUL_MARKS.indexOf(c) >= 0) {
                return true;
            }
            toned |= VietnameseSyllable.TONES.indexOf(c) >= 0;
        }
        return !toned;
    }

    /**
     * The syllable that wins: each reading (the page's first) that is a Vietnamese syllable, once stripped of
     * the quotes and dots a crop's edge adds, weighs its confidence; the page's reading stays on a tie. For the
     * name's first word only family names are counted; for a word the page read surely (confidence {@link #SURE}
     * or more) only readings that differ from it in the marks of its vowels.
     */
    static String vote(String page, float pageConfidence, List<OcrWord> looks, boolean firstWord) {
        Map<String, Double> weight = new LinkedHashMap<>();
        String pageKey = syllable(page);
        if (pageKey != null) {
            weight.put(pageKey, (double) pageConfidence);
        }
        for (OcrWord look : looks) {
            String s = syllable(look.text());
            // a sure reading is changed at most in its vowels' marks, the ones that get lost or confused
            boolean allowed = pageConfidence < SURE || pageKey != null && sameButVowelMarks(pageKey, s);
            // a sure reading is overruled only by looks as sure as it
            allowed &= pageConfidence < SURE || look.confidence() >= SURE;
            if (s != null && allowed && (!firstWord || Surnames.isSpelledAsFamilyName(s))) {
                // a mark is lost far more often than one is read where none is printed: a look with fewer marks
                // than the page's reading of the same letters counts half
                double discount = pageKey != null && fewerMarks(s, pageKey) ? 0.5 : 1;
                weight.merge(s, look.confidence() * discount, Double::sum);
            }
        }
        String best = null;
        double most = 0;
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            if (e.getValue() > most) { // strictly more: the page's reading, counted first, keeps a tie
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best == null || best.equals(pageKey) ? page : best;
    }

    /** Whether two syllables have the same letters but for the marks on their vowels (D and Đ are two letters). */
    static boolean sameButVowelMarks(String a, String b) {
        if (b == null || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && (Fold.base(x) != Fold.base(y) || x == 'Đ' || y == 'Đ')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a has the letters of b with some of b's marks missing and none of its own. */
    static boolean fewerMarks(String a, String b) {
        if (!Fold.fold(a).equals(Fold.fold(b))) {
            return false;
        }
        String ma = Normalizer.normalize(a, Normalizer.Form.NFD);
        String mb = Normalizer.normalize(b, Normalizer.Form.NFD);
        return ma.length() < mb.length() && isSubsequence(ma, mb);
    }

    private static boolean isSubsequence(String a, String b) {
        int i = 0;
        for (int j = 0; j < b.length() && i < a.length(); j++) {
            i += a.charAt(i) == b.charAt(j) ? 1 : 0;
        }
        return i == a.length();
    }

    /** The reading as an upper-case syllable without the punctuation a crop's edge adds, or null when it is none. */
    private static String syllable(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT)
                .replaceAll("^[\\p{Punct}“”‘’„]+|[\\p{Punct}“”‘’„]+$", "");
        return !s.isEmpty() && VietnameseSyllable.isWellFormed(s) ? s : null;
    }

    /** Whether a word has a letter: a name word, perhaps with a speck read as a colon ("i:ÂU" for HẬU). */
    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * The word's box read alone, enlarged, in grey and at Otsu's threshold, reaching half its height above it;
     * when neither reads a syllable (the row above came into the crop), the box itself, at Otsu's threshold.
     */
    private List<OcrWord> looks(BufferedImage card, OcrWord w) {
        int height = (int) ((w.bottom() - w.top()) * card.getHeight());
        // Tesseract's box of a word leaves out the marks stacked above its capitals (the grave over Ơ, the tilde
        // over Â): the crop reaches half the word's height above it, or the looks would drop what the page kept
        BufferedImage grey = WordCrop.of(card, w, height / 2 + 3);
        if (grey == null) {
            return List.of();
        }
        List<OcrWord> out = new ArrayList<>();
        for (BufferedImage look : List.of(grey, CardImage.otsu(grey))) {
            List<OcrWord> read = wordReader.apply(look);
            if (read.size() == 1) { // a look that splits the word in two is no reading of one word
                out.add(read.get(0));
            }
        }
        if (out.stream().noneMatch(o -> syllable(o.text()) != null)) {
            List<OcrWord> read = wordReader.apply(CardImage.otsu(WordCrop.of(card, w, 0)));
            if (read.size() == 1) {
                out.add(read.get(0));
            }
        }
        return out;
    }

    /**
     * The page's words that make the line, left to right, or null when they do not make its text word for word
     * (a line the parser built otherwise).
     */
    static List<OcrWord> wordsOf(CardTextParser.Line line, List<TextRow> rows) {
        List<OcrWord> out = new ArrayList<>();
        for (TextRow row : rows) {
            for (OcrWord w : row.words()) {
                if (WordCrop.inLine(w, line)) {
                    out.add(w);
                }
            }
        }
        out.sort(java.util.Comparator.comparingDouble(OcrWord::left));
        // the line's words in order; a word that is not the next of them is another line's (a stray mark read as
        // ":") or what the parser cut off in front as the label's remnant
        String[] tokens = line.text().split(" ");
        List<OcrWord> kept = new ArrayList<>();
        for (OcrWord w : out) {
            if (kept.size() < tokens.length
                    && tokens[kept.size()].equals(Normalizer.normalize(w.text(), Normalizer.Form.NFC).strip())) {
                kept.add(w);
            }
        }
        if (kept.size() == tokens.length) {
            return kept;
        }
        return null;
    }
}

package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words side by side on the card: one of Tesseract's text lines, cut where a gap wider than any space
 * between words leaves it ("Giới tính / Sex: Nam" and "Quốc tịch / Nationality: Việt Nam" on one
 * row; the expiry under the photo beside the place of origin).
 */
record TextRow(List<OcrWord> words) {
    /** A gap of this part of the card's width separates two pieces of text. */
    static final double GAP = 0.03;

    double left() {
        return words.get(0).left();
    }

    double right() {
        return words.get(words.size() - 1).right();
    }

    double top() {
        return words.stream().mapToDouble(OcrWord::top).min().orElse(0);
    }

    double bottom() {
        return words.stream().mapToDouble(OcrWord::bottom).max().orElse(0);
    }

    double centre() {
        return (top() + bottom()) / 2;
    }

    String text() {
        return String.join(" ", words.stream().map(OcrWord::text).toList());
    }

    static List<TextRow> of(List<OcrWord> words) {
        Map<Integer, List<OcrWord>> lines = new LinkedHashMap<>();
        for (OcrWord w : words) {
            if (!w.text().isBlank()) {
                List<OcrWord> line = lines.computeIfAbsent(w.line(), k -> new ArrayList<>());
                atUnderscores(w).forEach(piece -> afterColon(piece).forEach(part -> line.addAll(beforeCapital(part))));
            }
        }
        List<TextRow> rows = new ArrayList<>();
        for (List<OcrWord> line : lines.values()) {
            line.sort(Comparator.comparingDouble(OcrWord::left));
            double letter = letterWidth(line);
            List<OcrWord> piece = new ArrayList<>();
            for (OcrWord w : line) {
                if (!piece.isEmpty() && w.left() - plausibleRight(piece.get(piece.size() - 1), letter) > GAP) {
                    rows.add(new TextRow(List.copyOf(piece)));
                    piece.clear();
                }
                piece.add(w);
            }
            rows.add(new TextRow(List.copyOf(piece)));
        }
        rows.sort(Comparator.comparingDouble(TextRow::top).thenComparingDouble(TextRow::left));
        return joinedAcrossLines(rows);
    }

    /**
     * The middle width of a letter in a line's words of two letters or more, 0 when it has none: what a word's box
     * is measured against.
     */
    private static double letterWidth(List<OcrWord> line) {
        double[] widths = line.stream().filter(w -> w.text().length() >= 2)
                .mapToDouble(w -> (w.right() - w.left()) / w.text().length()).sorted().toArray();
        return widths.length == 0 ? 0 : widths[widths.length / 2];
    }

    /**
     * Where a word's letters end at the least: its box's right edge, or, for a box Tesseract drew around the word's
     * first letter or mark alone ("Lê" boxed 0.369-0.372 in a line whose letters are 0.01 wide), six tenths of the
     * line's letter width for each of its letters. Such a box leaves a gap a space never does, and a row of an
     * address was cut in two there, its second half then taken for another piece of the card. Only a syllable's or a
     * number's box less than half that wide: noise read as letters ("SG", "wW.*x") is boxed as narrow as it is.
     */
    static double plausibleRight(OcrWord w, double letter) {
        String text = w.text().replaceAll("[,.;:]+$", "");
        double least = 0.6 * letter * text.length();
        boolean word = text.length() >= 2 && (text.matches("\\d+") || VietnameseSyllable.isWellFormed(text));
        return word && w.right() - w.left() < least / 2 ? w.left() + least : w.right();
    }

    /**
     * Pieces of one printed row that Tesseract gave as two text lines ("NGÀY" and "THÁNG, NĂM CẤP:" of one label,
     * a word between them read as nothing): side by side, no wider apart than words of one line may be, joined
     * as their words would have been on one line.
     */
    private static List<TextRow> joinedAcrossLines(List<TextRow> rows) {
        List<TextRow> out = new ArrayList<>(rows);
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < out.size(); j++) {
                TextRow a = out.get(i);
                TextRow b = out.get(j);
                double gap = b.left() - a.right();
                // the MRZ's pieces are left as read: its reader takes its lines whole, by their own rules
                if (i != j && gap >= 0 && gap <= GAP && RowOverlap.sameRow(line(a.words()), line(b.words()))
                        && !a.text().contains("<") && !b.text().contains("<")) {
                    List<OcrWord> joined = new ArrayList<>(a.words());
                    joined.addAll(b.words());
                    out.set(i, new TextRow(List.copyOf(joined)));
                    out.remove(j);
                    i = -1; // the joined row may meet another piece
                    break;
                }
            }
        }
        out.sort(Comparator.comparingDouble(TextRow::top).thenComparingDouble(TextRow::left));
        return out;
    }

    /**
     * Two words Tesseract read as one across a narrow gap, the gap as an underscore ("sinh_Xã": a label's last word
     * and a place's first): no card prints an underscore, so they are two words, their boxes shared by letters.
     */
    static List<OcrWord> atUnderscores(OcrWord w) {
        if (!w.text().matches(".*[^_]_+[^_].*")) {
            return List.of(w);
        }
        String[] pieces = w.text().replaceAll("^_+|_+$", "").split("_+");
        double letters = Arrays.stream(pieces).mapToInt(String::length).sum();
        double width = w.right() - w.left();
        List<OcrWord> out = new ArrayList<>();
        double left = w.left();
        for (String p : pieces) {
            double right = left + width * p.length() / letters;
            out.add(new OcrWord(p, w.confidence(), left, w.top(), right, w.bottom(), w.line()));
            left = right;
        }
        return out;
    }

    /**
     * A label's last word and a value's first read as one across a narrow gap, the colon between them
     * ("ofresidence:Ngõ"): a card prints a colon after a label only, so what follows it is another word.
     */
    static List<OcrWord> afterColon(OcrWord w) {
        int colon = w.text().indexOf(':');
        // a label's word of letters before it, a value's first word after it (a capital and a small letter, or a digit,
        // or after a label's word in small letters any letter and a small one: a capital read small, "residence:ấp"):
        // not noise ("“x:z.®=“"), nor a speck inside a name in capitals ("TH:ỜNG")
        if (colon < 2) {
            return List.of(w);
        }
        String before = w.text().substring(0, colon);
        String after = w.text().substring(colon + 1);
        if (!before.matches(".*\\p{L}{2}")
                || !(after.matches("\\p{Lu}\\p{Ll}.*|\\d.*") || before.matches(".*\\p{Ll}{3}") && after.matches("\\p{L}\\p{Ll}.*"))) {
            return List.of(w);
        }
        return cut(w, colon + 1);
    }

    /** Small letters, then a capital and a small letter: where two words read as one meet ("residenceThành"). */
    private static final java.util.regex.Pattern CAPITAL_INSIDE = java.util.regex.Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll})");

    /**
     * A label's last word and a value's first read as one across a narrow gap with no colon ("Place oƒ
     * residenceThành phố Hà Giang"): no Vietnamese or English word has a capital after small letters, so the capital
     * starts another word. A capital after an apostrophe ("R'Lấp", "M'Đrắk") is a name's own.
     */
    static List<OcrWord> beforeCapital(OcrWord w) {
        var m = CAPITAL_INSIDE.matcher(w.text());
        if (!m.find()) {
            return List.of(w);
        }
        return cut(w, m.start());
    }

    /** A word cut in two before its letter {@code at}, its box shared by letters. */
    private static List<OcrWord> cut(OcrWord w, int at) {
        double split = w.left() + (w.right() - w.left()) * at / w.text().length();
        return List.of(new OcrWord(w.text().substring(0, at), w.confidence(), w.left(), w.top(), split, w.bottom(), w.line()),
                new OcrWord(w.text().substring(at), w.confidence(), split, w.top(), w.right(), w.bottom(), w.line()));
    }

    /** A piece of the text as one parser line. */
    static CardTextParser.Line line(List<OcrWord> words) {
        double conf = words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
        return new CardTextParser.Line(String.join(" ", words.stream().map(OcrWord::text).toList()), (float) conf,
                words.stream().mapToDouble(OcrWord::top).min().orElse(0),
                words.stream().mapToDouble(OcrWord::bottom).max().orElse(0),
                words.get(0).left(), words.get(words.size() - 1).right());
    }
}

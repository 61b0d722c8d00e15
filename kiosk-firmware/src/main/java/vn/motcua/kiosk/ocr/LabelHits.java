package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The printed labels found on a card's rows, each a field's (or the issuer's title, {@link #BOILERPLATE}). */
final class LabelHits {
    /**
     * A label found with under a third of its letters wrong: sure enough to say that a "Số" after it on its row is
     * the value's house number, not the personal number's label.
     */
    private static final double SURE_LABEL = 0.34;

    private LabelHits() {
    }

    /** Every label on the card, the best match first where two fields' labels claim the same words. */
    static List<LabelHit> find(List<TextRow> rows, CardLayout layout) {
        List<LabelHit> candidates = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<OcrWord> words = rows.get(r).words();
            StringBuilder text = new StringBuilder();
            List<Integer> wordAt = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String c = words.get(i).compact();
                text.append(c);
                for (int k = 0; k < c.length(); k++) {
                    wordAt.add(i);
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            for (CardLayout.Field field : withBoilerplate(layout)) {
                for (String label : field.labels()) {
                    String phrase = ModelDetector.compact(label);
                    FuzzyFind.Match m = FuzzyFind.find(phrase, text.toString(), FuzzyFind.allowed(phrase.length()));
                    if (m == null || m.end() <= m.start()) {
                        continue;
                    }
                    int from = wordAt.get(m.start());
                    int to = LabelHit.toColon(words, from, lastWord(words, wordAt, from, m.end()) + 1);
                    // a short label ("Số", "Sex") must be whole words, not letters inside a value
                    if (phrase.length() <= 4 && !wholeWords(words, from, to, phrase)) {
                        continue;
                    }
                    candidates.add(new LabelHit(field.name(), r, from, to, m.edits() / (double) phrase.length()
                            - phrase.length() / 1000.0));
                }
                for (String label : field.rowStartLabels()) {
                    RowStartLabel.find(field.name(), r, words, label).ifPresent(candidates::add);
                }
            }
        }
        // "Số" also opens a house number ("Số 12 ngõ 45"): a number label with no 9-digit run after it is not one
        candidates.removeIf(c -> c.field().equals("number") && !digitsFollow(rows, c));
        // ...and after another field's label on its row ("Nơi thường trú: Số 27 ngõ 112") it is the value's
        // house number: the personal number's label opens the fields, no label stands before it on its row
        List<LabelHit> others = candidates.stream().filter(c -> !c.field().equals("number") && !c.field().equals(BOILERPLATE)).toList();
        candidates.removeIf(c -> c.field().equals("number")
                && others.stream().anyMatch(o -> o.row() == c.row() && o.to() <= c.from() && o.quality() < SURE_LABEL));
        candidates.sort(Comparator.comparingDouble(LabelHit::quality));
        List<LabelHit> kept = new ArrayList<>();
        for (LabelHit c : candidates) {
            boolean overlaps = kept.stream().anyMatch(k -> k.row() == c.row() && k.from() < c.to() && c.from() < k.to()
                    && !k.field().equals(c.field()));
            boolean elsewhere = !c.field().equals(BOILERPLATE)
                    && kept.stream().anyMatch(k -> k.field().equals(c.field()) && k.row() != c.row());
            if (!overlaps && !elsewhere) {
                kept.add(c);
            }
        }
        kept = HalfWithValue.prefer(rows, kept, candidates);
        // the two halves of one label ("Họ và tên / Full name") become one hit spanning both
        List<LabelHit> merged = new ArrayList<>();
        kept.sort(Comparator.comparingInt(LabelHit::row).thenComparingInt(LabelHit::from));
        for (LabelHit h : kept) {
            LabelHit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.row() == h.row() && last.field().equals(h.field()) && valueBetween(rows.get(h.row()), last, h)) {
                continue; // words of the value that read as the label's other wording ("Quê quán: Xã …, Huyện Quan")
            }
            if (last != null && last.row() == h.row() && last.field().equals(h.field())) {
                merged.set(merged.size() - 1, new LabelHit(h.field(), h.row(), Math.min(last.from(), h.from()),
                        Math.max(last.to(), h.to()), Math.min(last.quality(), h.quality())));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }

    /** Whether a value stands between two hits of one field on a row: a word an address starts with, or a digit. */
    private static boolean valueBetween(TextRow row, LabelHit first, LabelHit second) {
        return row.words().subList(Math.min(first.to(), second.from()), second.from()).stream()
                .anyMatch(w -> AddressEnds.startsAsAddress(w.text()) || w.text().matches(".*\\d.*"));
    }

    /** Printed words that are no field (the issuer's title): found like labels, so they end a value. */
    static final String BOILERPLATE = "-";

    private static List<CardLayout.Field> withBoilerplate(CardLayout layout) {
        List<CardLayout.Field> all = new ArrayList<>(layout.fields());
        if (!layout.boilerplate().isEmpty()) {
            all.add(new CardLayout.Field(BOILERPLATE, layout.boilerplate(), null, 0, 0, null));
        }
        return all;
    }

    private static boolean digitsFollow(List<TextRow> rows, LabelHit hit) {
        List<OcrWord> words = rows.get(hit.row()).words();
        String after = String.join(" ", words.subList(hit.to(), words.size()).stream().map(OcrWord::text).toList());
        String next = hit.row() + 1 < rows.size() ? rows.get(hit.row() + 1).text() : "";
        return CardTextParser.longestDigitRun(after).length() >= 9 || CardTextParser.longestDigitRun(next).length() >= 9;
    }

    private static boolean wholeWords(List<OcrWord> words, int from, int to, String phrase) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(words.get(i).compact());
        }
        return sb.toString().equals(phrase);
    }

    /**
     * The last word a match covers; not a value's first word of which it took one letter only (a garbled "SINH"
     * read as "sụn" matched to "sụn" and the H of "Huyện" beside it): an address word is the value's.
     */
    private static int lastWord(List<OcrWord> words, List<Integer> wordAt, int from, int end) {
        int last = wordAt.get(end - 1);
        boolean oneLetter = end < 2 || wordAt.get(end - 2) != last;
        return oneLetter && last > from && words.get(last).compact().length() >= 3
                && CardTextParser.startsAddress(words.get(last).text()) ? last - 1 : last;
    }
}

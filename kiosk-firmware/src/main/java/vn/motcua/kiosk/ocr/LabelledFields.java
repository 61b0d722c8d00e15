package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each field's value by its printed label: the words after the label on its row (up to the next
 * label on that row), and the rows below it while they sit under the label and carry no label of their
 * own. A field whose label was not found falls back to its layout band; a number with no label to the
 * longest digit run on the card.
 */
final class LabelledFields {
    /** A label found: the field, the row, and the words {@code [from, to)} it covers in that row. */
    record Hit(String field, int row, int from, int to, double quality) {
    }

    /** The lines per field for the parser, and which fields were placed by label. */
    record Result(Map<String, List<CardTextParser.Line>> lines, List<String> byLabel) {
    }

    private LabelledFields() {
    }

    static Result find(List<TextRow> rows, CardLayout layout) {
        List<Hit> hits = new ArrayList<>(hits(rows, layout));
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        List<String> byLabel = new ArrayList<>();
        for (CardLayout.Field field : layout.fields()) {
            Hit hit = hits.stream().filter(h -> h.field().equals(field.name())).findFirst().orElse(null);
            List<CardTextParser.Line> lines = hit == null ? List.of() : value(rows, hits, hit, field, later(layout, field));
            if (!lines.isEmpty()) {
                byLabel.add(field.name());
            } else if (field.name().equals("number")) {
                lines = longestDigitRow(rows);
                int row = lines.isEmpty() ? -1 : rowOf(rows, lines.get(0));
                if (row >= 0) {
                    hits.add(new Hit("number", row, 0, 0, 1)); // the number's row anchors the fields after it
                }
            } else {
                lines = betweenNeighbours(rows, hits, layout, field);
            }
            if (lines.isEmpty()) {
                lines = band(rows, hits, field);
            }
            out.put(field.name(), lines);
        }
        return new Result(out, byLabel);
    }

    /** Every label on the card, the best match first where two fields' labels claim the same words. */
    static List<Hit> hits(List<TextRow> rows, CardLayout layout) {
        List<Hit> candidates = new ArrayList<>();
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
                    int to = wordAt.get(m.end() - 1) + 1;
                    // a short label ("Số", "Sex") must be whole words, not letters inside a value
                    if (phrase.length() <= 4 && !wholeWords(words, from, to, phrase)) {
                        continue;
                    }
                    candidates.add(new Hit(field.name(), r, from, to, m.edits() / (double) phrase.length()
                            - phrase.length() / 1000.0));
                }
            }
        }
        // "Số" also opens a house number ("Số 12 ngõ 45"): a number label with no 9-digit run after it is not one
        candidates.removeIf(c -> c.field().equals("number") && !digitsFollow(rows, c));
        candidates.sort(Comparator.comparingDouble(Hit::quality));
        List<Hit> kept = new ArrayList<>();
        for (Hit c : candidates) {
            boolean overlaps = kept.stream().anyMatch(k -> k.row() == c.row() && k.from() < c.to() && c.from() < k.to()
                    && !k.field().equals(c.field()));
            boolean elsewhere = !c.field().equals(BOILERPLATE)
                    && kept.stream().anyMatch(k -> k.field().equals(c.field()) && k.row() != c.row());
            if (!overlaps && !elsewhere) {
                kept.add(c);
            }
        }
        // the two halves of one label ("Họ và tên / Full name") become one hit spanning both
        List<Hit> merged = new ArrayList<>();
        kept.sort(Comparator.comparingInt(Hit::row).thenComparingInt(Hit::from));
        for (Hit h : kept) {
            Hit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.row() == h.row() && last.field().equals(h.field())) {
                merged.set(merged.size() - 1, new Hit(h.field(), h.row(), Math.min(last.from(), h.from()),
                        Math.max(last.to(), h.to()), Math.min(last.quality(), h.quality())));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }

    /**
     * A field whose label was not found, looked for where the card form's order puts it: between the rows
     * of the labels found for the fields printed before and after it. There a label may be more garbled (a
     * third of its letters, as for the remnant of a label half); failing that, the rows between that are
     * not a label's remnant hold the value. Anchored on the labels found, not on positions measured on one
     * layout, so a card whose rows sit elsewhere still places the field.
     */
    private static List<CardTextParser.Line> betweenNeighbours(List<TextRow> rows, List<Hit> hits, CardLayout layout,
                                                               CardLayout.Field field) {
        List<String> order = layout.fields().stream().map(CardLayout.Field::name).toList();
        int at = order.indexOf(field.name());
        Hit previous = hits.stream().filter(h -> order.indexOf(h.field()) >= 0 && order.indexOf(h.field()) < at)
                .max(Comparator.comparingInt(Hit::row).thenComparingInt(h -> order.indexOf(h.field()))).orElse(null);
        if (previous == null) {
            return List.of();
        }
        int before = previous.row();
        Hit next = hits.stream().filter(h -> order.indexOf(h.field()) > at && h.row() > before)
                .min(Comparator.comparingInt(Hit::row).thenComparingInt(h -> order.indexOf(h.field()))).orElse(null);
        // the last fields' labels all lost: the card's last row closes the search
        int after = next == null ? rows.size() - 1 : next.row();
        Hit loose = looseLabel(rows, hits, field, before, after, next == null);
        if (loose != null) {
            hits.add(loose); // an anchor for the fields after it
            return value(rows, hits, loose, field, later(layout, field));
        }
        if (next == null) {
            return at == order.size() - 1 && order.indexOf(previous.field()) == at - 1
                    ? afterPrevious(rows, hits, previous, layout.fields().get(at - 1), field) : List.of();
        }
        List<CardTextParser.Line> lines = new ArrayList<>();
        if (order.indexOf(next.field()) - order.indexOf(previous.field()) != 2) {
            return lines; // another field's label is lost between the same anchors: the rows are not this one's alone
        }
        for (int r = before + 1; r < after; r++) {
            List<OcrWord> words = rows.get(r).words().stream().filter(w -> w.compact().length() > 0).toList();
            if (!words.isEmpty() && !isSpeck(words) && !isLabelRemnant(words, field) && !words.get(0).text().contains("<<")) {
                int colon = afterColon(words); // what is left of a label ends with its colon ("uo te: ĐIỆP THẾ TUYẾT")
                lines.add(TextRow.line(colon > 0 ? words.subList(colon, words.size()) : words));
            }
        }
        // the last rows: a label past reading sits above its value, not below it
        return lines.subList(Math.max(0, lines.size() - field.lines()), lines.size());
    }

    /**
     * The card's last field, its label lost, after the field printed before it: the rows below that field's
     * value, in its column, that carry no label (the expiry under the photo is left of the column).
     */
    private static List<CardTextParser.Line> afterPrevious(List<TextRow> rows, List<Hit> hits, Hit previous,
                                                           CardLayout.Field previousField, CardLayout.Field field) {
        TextRow labelRow = rows.get(previous.row());
        long below = value(rows, hits, previous, previousField, List.of(field)).stream()
                .filter(l -> l.top() > labelRow.centre()).count();
        List<CardTextParser.Line> lines = new ArrayList<>();
        for (int r = previous.row() + 1; r < rows.size() && lines.size() < field.lines(); r++) {
            final int row = r;
            List<OcrWord> words = rows.get(r).words().stream().filter(w -> w.compact().length() > 0).toList();
            if (words.isEmpty() || isSpeck(words) || words.get(0).left() < labelRow.left() - 0.03) {
                continue;
            }
            if (below-- > 0 || hits.stream().anyMatch(h -> h.row() == row) || isLabelRemnant(words, field)
                    || words.get(0).text().contains("<<")) {
                continue;
            }
            lines.add(TextRow.line(withoutLabelPieces(words, field)));
        }
        return lines;
    }

    /**
     * The field's label, a third of its letters off, in rows {@code [from, to]}, on words no other label holds.
     * With {@code rowStart} (no anchor below to bound the search) only where a row begins, as labels do, so
     * that an address word ("Quận") is not taken for a label's remnant.
     */
    private static Hit looseLabel(List<TextRow> rows, List<Hit> hits, CardLayout.Field field, int from, int to,
                                  boolean rowStart) {
        Hit best = null;
        for (int r = from; r <= to && r < rows.size(); r++) {
            List<OcrWord> words = rows.get(r).words();
            final int row = r;
            List<Hit> here = hits.stream().filter(h -> h.row() == row).toList();
            int start = r == from ? here.stream().mapToInt(Hit::to).max().orElse(0) : 0;
            int end = here.stream().mapToInt(Hit::from).filter(f -> f >= start).min().orElse(words.size());
            if (rowStart) {
                end = Math.min(end, start + 4);
            }
            if (start >= end) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<Integer> wordAt = new ArrayList<>();
            for (int i = start; i < end; i++) {
                String c = words.get(i).compact();
                text.append(c);
                for (int k = 0; k < c.length(); k++) {
                    wordAt.add(i);
                }
            }
            for (String label : field.labels()) {
                String phrase = ModelDetector.compact(label);
                if (phrase.length() < 5 || text.isEmpty()) {
                    continue;
                }
                FuzzyFind.Match m = FuzzyFind.find(phrase, text.toString(), phrase.length() / 3);
                if (m == null || m.end() <= m.start()) {
                    continue;
                }
                double quality = m.edits() / (double) phrase.length();
                if (best == null || quality < best.quality()) {
                    best = new Hit(field.name(), r, wordAt.get(m.start()), wordAt.get(m.end() - 1) + 1, quality);
                }
            }
        }
        return best;
    }

    /** Printed words that are no field (the issuer's title): found like labels, so they end a value. */
    static final String BOILERPLATE = "-";

    private static List<CardLayout.Field> withBoilerplate(CardLayout layout) {
        List<CardLayout.Field> all = new ArrayList<>(layout.fields());
        if (!layout.boilerplate().isEmpty()) {
            all.add(new CardLayout.Field(BOILERPLATE, layout.boilerplate(), null, 0, 0));
        }
        return all;
    }

    private static boolean digitsFollow(List<TextRow> rows, Hit hit) {
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

    private static List<CardLayout.Field> later(CardLayout layout, CardLayout.Field field) {
        return layout.fields().subList(layout.fields().indexOf(field) + 1, layout.fields().size());
    }

    /**
     * The value after a label: the rest of its row, then the rows below in its column up to the field's row
     * budget; a row that opens with the label of a field printed later (a third of its letters off) ends it.
     */
    private static List<CardTextParser.Line> value(List<TextRow> rows, List<Hit> hits, Hit hit, CardLayout.Field field,
                                                   List<CardLayout.Field> later) {
        List<CardTextParser.Line> lines = new ArrayList<>();
        TextRow row = rows.get(hit.row());
        int end = hits.stream().filter(h -> h.row() == hit.row() && h.from() >= hit.to()).mapToInt(Hit::from).min()
                .orElse(row.words().size());
        List<OcrWord> rest = row.words().subList(hit.to(), end).stream().filter(w -> w.compact().length() > 0).toList();
        int budget = field.lines();
        rest = withoutLabelPieces(rest, field);
        boolean digitsWanted = field.name().equals("number") || field.name().equals("dateOfBirth");
        if (isLabelRemnant(rest, field) || digitsWanted && rest.stream().noneMatch(w -> w.text().matches(".*\\d.*"))) {
            rest = List.of(); // a number or a date has digits: scraps of the label's other half ("/ P'") are not it
        }
        if (!rest.isEmpty()) {
            lines.add(TextRow.line(rest));
            budget--;
        }
        // the label's column: where its row starts when no other label stands before it ("HỌ, CHỮ ĐỆM VÀ TÊN |
        // Full Name" with only the English half found), else where the label itself starts
        boolean first = hits.stream().noneMatch(h -> h.row() == hit.row() && h.to() <= hit.from());
        double labelLeft = first ? row.left() : row.words().get(hit.from()).left();
        double bottom = row.bottom();
        double height = row.bottom() - row.top();
        for (int r = hit.row() + 1; r < rows.size() && budget > 0; r++) {
            TextRow below = rows.get(r);
            // words left of the label's column (the expiry under the photo) are not this value's
            List<OcrWord> inColumn = below.words().stream().filter(w -> w.left() >= labelLeft - 0.03).toList();
            if (below.top() < row.top() + height * 0.5 || inColumn.isEmpty() || inColumn.get(0).left() > labelLeft + 0.12) {
                continue;
            }
            if (isSpeck(inColumn)) {
                if (lines.isEmpty() && below.top() - bottom <= 1.6 * height && below.left() >= labelLeft - 0.03) {
                    bottom = below.bottom(); // a label half past reading under the label: the value comes after it
                }
                continue;
            }
            if (below.left() < labelLeft - 0.03 && startsWithLabel(hits, r)) {
                continue; // a label left of the column (the expiry under the photo) is another column's
            }
            if (below.top() - bottom > 1.6 * height || startsWithLabel(hits, r) || below.text().contains("<<")) {
                break;
            }
            if (lines.isEmpty() && (isLabelRemnant(inColumn, field) || isOtherHalf(inColumn, row, hit, field))) {
                bottom = below.bottom(); // the label's other half printed under the first ("Full name" below "Họ và tên")
                continue;
            }
            final int at = r;
            if (!lines.isEmpty() && later.stream().anyMatch(f -> looseLabel(rows, hits, f, at, at, true) != null)) {
                break; // the next field's label, garbled past finding it among all the labels
            }
            inColumn = withoutLabelPieces(inColumn, field);
            if (inColumn.isEmpty()) {
                continue;
            }
            lines.add(TextRow.line(inColumn));
            bottom = below.bottom();
            budget--;
            String last = CardTextParser.clean(lines.get(lines.size() - 1).text());
            if (field.lines() > 1 && AddressSpelling.endsWithProvince(last)) {
                break; // an address ends with its province: the row after it is the next field's
            }
        }
        return lines.isEmpty() ? besideHalfAbove(rows, hits, hit, field) : lines;
    }

    /**
     * A label printed over two rows whose lower half was found alone ("Nationality" under a garbled "Quốc
     * tịch: Việt Nam"): the value is on the upper half's row, after what is left of that half.
     */
    private static List<CardTextParser.Line> besideHalfAbove(List<TextRow> rows, List<Hit> hits, Hit hit,
                                                             CardLayout.Field field) {
        TextRow row = rows.get(hit.row());
        int up = hit.row() - 1;
        while (up >= 0 && Math.abs(rows.get(up).left() - row.left()) > 0.03) {
            up--; // rows of the other column (the sex beside the nationality) sort in between
        }
        final int r = up;
        if (r < 0 || hit.from() > 0 || hits.stream().anyMatch(h -> h.row() == r)) {
            return List.of();
        }
        TextRow above = rows.get(r);
        if (Math.abs(above.left() - row.left()) > 0.03 || row.top() - above.bottom() > row.bottom() - row.top()) {
            return List.of();
        }
        Hit half = looseLabel(rows, hits, field, r, r, true);
        int from = half != null ? half.to() : afterColon(above.words());
        if (from < 0) {
            return List.of();
        }
        List<OcrWord> rest = withoutLabelPieces(above.words().subList(from, above.words().size()), field);
        return rest.isEmpty() || isLabelRemnant(rest, field) ? List.of() : List.of(TextRow.line(rest));
    }

    /** The other half of the label, too garbled to be found as a label ("FUÊ NAME" for "Full name"). */
    private static boolean isLabelRemnant(List<OcrWord> rest, CardLayout.Field field) {
        String text = String.join("", rest.stream().map(OcrWord::compact).toList());
        if (text.isEmpty() || text.chars().filter(Character::isDigit).count() > 1) {
            return false;
        }
        // "tuẾ name", "Dóte 9ƒ bưrth": most of the letters are pieces of the label
        int pieces = rest.stream().filter(w -> w.compact().length() >= 4 && isLabelPiece(w, field))
                .mapToInt(w -> w.compact().length()).sum();
        if (rest.size() <= 4 && pieces * 2 > text.length()) {
            return true;
        }
        for (String label : field.labels()) {
            String phrase = ModelDetector.compact(label);
            if (phrase.length() >= 5 && Edits.distance(phrase, text) <= Math.max(2, phrase.length() / 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The row under a place's label, when only one half of the label was found and the row holds no word an
     * address starts with and no digit: the other half, past reading ("#Éoce cƒ orip.n" under "Quê quán").
     */
    private static boolean isOtherHalf(List<OcrWord> words, TextRow labelRow, Hit hit, CardLayout.Field field) {
        if (field.lines() < 2 || field.labels().size() < 2 || words.size() > 4) {
            return false;
        }
        String found = String.join("", labelRow.words().subList(hit.from(), hit.to()).stream().map(OcrWord::compact).toList());
        boolean oneHalf = field.labels().stream().map(ModelDetector::compact)
                .anyMatch(l -> Edits.distance(l, found) <= FuzzyFind.allowed(l.length()) + 1);
        return oneHalf && words.stream().noneMatch(w -> CardTextParser.startsAddress(w.text())
                || w.text().chars().anyMatch(Character::isDigit));
    }

    /** Past the colon that ends a label within a row's first four words, or -1. */
    private static int afterColon(List<OcrWord> words) {
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
     * letters or more. A family name, a word an address starts with or a token with digits in it is value.
     */
    static List<OcrWord> withoutLabelPieces(List<OcrWord> words, CardLayout.Field field) {
        int cut = 0;
        // a short scrap ("0ƒ", "|") counts with the label pieces around it, not on its own
        for (int i = 0; i < words.size() && i < 5; i++) {
            if (isLabelPiece(words.get(i), field)) {
                cut = i + 1;
            } else if (!isScrap(words.get(i))) {
                break;
            }
        }
        return cut == 0 ? words : words.subList(cut, words.size());
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
        for (String label : field.labels()) {
            String phrase = ModelDetector.compact(label);
            FuzzyFind.Match m = FuzzyFind.find(w, phrase, w.length() >= 4 ? 1 : 0);
            if (m != null && m.end() - m.start() >= w.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** A letter or two read off the background pattern, not text. */
    private static boolean isSpeck(List<OcrWord> words) {
        int letters = words.stream().mapToInt(w -> w.compact().length()).sum();
        return letters < 2 || words.stream().mapToDouble(OcrWord::confidence).average().orElse(0) < 30;
    }

    private static boolean startsWithLabel(List<Hit> hits, int row) {
        return hits.stream().anyMatch(h -> h.row() == row && h.from() <= 1);
    }

    private static int rowOf(List<TextRow> rows, CardTextParser.Line line) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).top() == line.top() && rows.get(r).left() == line.left()) {
                return r;
            }
        }
        return -1;
    }

    private static List<CardTextParser.Line> longestDigitRow(List<TextRow> rows) {
        TextRow best = null;
        int bestDigits = 9;
        for (TextRow row : rows) {
            int digits = CardTextParser.longestDigitRun(row.text()).length();
            if (digits > bestDigits && !row.text().contains("<")) {
                best = row;
                bestDigits = digits;
            }
        }
        return best == null ? List.of() : List.of(TextRow.line(best.words()));
    }

    /** The rows in the field's band, right of its left edge, with any label words left out. */
    private static List<CardTextParser.Line> band(List<TextRow> rows, List<Hit> hits, CardLayout.Field field) {
        List<CardTextParser.Line> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TextRow row = rows.get(r);
            if (!field.band().holds(row.centre()) || row.left() < field.left() - 0.02) {
                continue;
            }
            List<OcrWord> words = new ArrayList<>();
            for (int i = 0; i < row.words().size(); i++) {
                final int index = i;
                final int rowIndex = r;
                if (hits.stream().noneMatch(h -> h.row() == rowIndex && index >= h.from() && index < h.to())) {
                    words.add(row.words().get(i));
                }
            }
            if (!words.isEmpty()) {
                lines.add(TextRow.line(words));
            }
        }
        return lines;
    }
}

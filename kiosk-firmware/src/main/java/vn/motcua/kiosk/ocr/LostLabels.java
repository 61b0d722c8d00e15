package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fields whose label was not found among the card's labels: looked for where the form's order puts them,
 * between the labels found, with a label allowed to be more garbled there.
 */
final class LostLabels {
    private LostLabels() {
    }


    /**
     * A field whose label was not found, looked for where the card form's order puts it: between the rows
     * of the labels found for the fields printed before and after it. There a label may be more garbled (a
     * third of its letters, as for the remnant of a label half); failing that, the rows between that are
     * not a label's remnant hold the value. Anchored on the labels found, not on positions measured on one
     * layout, so a card whose rows sit elsewhere still places the field.
     */
    static List<CardTextParser.Line> betweenNeighbours(List<TextRow> rows, List<LabelHit> hits, CardLayout layout,
                                                               CardLayout.Field field) {
        List<String> order = layout.fields().stream().map(CardLayout.Field::name).toList();
        int at = order.indexOf(field.name());
        LabelHit previous = hits.stream().filter(h -> order.indexOf(h.field()) >= 0 && order.indexOf(h.field()) < at)
                .max(Comparator.comparingInt(LabelHit::row).thenComparingInt(h -> order.indexOf(h.field()))).orElse(null);
        if (previous == null) {
            return fromTheTop(rows, hits, layout, field);
        }
        int before = previous.row();
        LabelHit next = hits.stream().filter(h -> order.indexOf(h.field()) > at && h.row() > before)
                .min(Comparator.comparingInt(LabelHit::row).thenComparingInt(h -> order.indexOf(h.field()))).orElse(null);
        // the last fields' labels all lost: the card's last row closes the search
        int after = next == null ? rows.size() - 1 : next.row();
        LabelHit loose = looseLabel(rows, hits, field, before, after, next == null);
        if (loose != null) {
            hits.add(loose); // an anchor for the fields after it
            return LabelledFields.value(rows, hits, loose, field, LabelledFields.later(layout, field));
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
            // the dashes between a place's units kept ("Phường Kim Sơn - Thành phố Tân Uyên"), as beside a label found
            List<OcrWord> words = LabelledFields.withoutSpecks(rows.get(r).words());
            if (!words.isEmpty() && !LabelPieces.isSpeck(words) && !LabelPieces.isLabelRemnant(words, field) && !words.get(0).text().contains("<<")) {
                int colon = LabelPieces.afterColon(words); // what is left of a label ends with its colon ("uo te: ĐIỆP THẾ TUYẾT")
                lines.add(TextRow.line(colon > 0 ? words.subList(colon, words.size()) : words));
            }
        }
        // the last rows: a label past reading sits above its value, not below it
        return lines.subList(Math.max(0, lines.size() - field.lines()), lines.size());
    }

    /**
     * A field whose label and every earlier field's label were lost (the card's first fields, the first print a
     * blur takes on a back): its label, a third of its letters off, from the card's top down to the first label
     * found after it, anywhere in a row, as no anchor above bounds the search.
     */
    private static List<CardTextParser.Line> fromTheTop(List<TextRow> rows, List<LabelHit> hits, CardLayout layout,
                                                        CardLayout.Field field) {
        List<String> order = layout.fields().stream().map(CardLayout.Field::name).toList();
        int at = order.indexOf(field.name());
        int after = hits.stream().filter(h -> order.indexOf(h.field()) > at).mapToInt(LabelHit::row).min()
                .orElse(rows.size());
        LabelHit loose = looseLabel(rows, hits, field, 0, after - 1, false);
        if (loose == null) {
            loose = labelEnd(rows, hits, field, after);
        }
        if (loose == null) {
            return List.of();
        }
        hits.add(loose); // an anchor for the fields after it
        return LabelledFields.value(rows, hits, loose, field, LabelledFields.later(layout, field));
    }

    /**
     * A row of its own above {@code before} that is a label's end, its start lost ("ỜNG TRI" for "NƠI THƯỜNG TRÚ" whose
     * first letters a pale ink took): up to three words, five letters or more, a letter off the end of one of the
     * field's wordings, no digit and no word an address starts with; and the value's row read apart beside it, right
     * of it (a place that starts left of it, under the label's lost start, is not beside an end).
     */
    private static LabelHit labelEnd(List<TextRow> rows, List<LabelHit> hits, CardLayout.Field field, int before) {
        for (int r = 0; r < before; r++) {
            final int at = r;
            List<OcrWord> words = rows.get(r).words();
            LabelHit glued = endBesideValue(words, r, hits, field);
            if (glued != null) {
                return glued;
            }
            String text = OcrWord.compact(words);
            if (words.size() > 3 || text.length() < 5 || hits.stream().anyMatch(h -> h.row() == at)
                    || words.stream().anyMatch(w -> CardTextParser.startsAddress(w.text()) || w.text().matches(".*\\d.*"))) {
                continue;
            }
            boolean end = java.util.stream.Stream.concat(field.labels().stream(), field.rowStartLabels().stream())
                    .map(ModelDetector::compact).anyMatch(l -> endsAs(l, text));
            LabelHit hit = new LabelHit(field.name(), r, 0, words.size(), 1.0 / 3);
            if (end && RestOfRow.splitOff(rows, hits, hit) >= 0) {
                return hit;
            }
        }
        return null;
    }

    /**
     * A label's end with its colon opening the value's row, its start lost to a pale ink ("ence: Ngõ 135 Nguyễn Văn Cừ,"
     * for "Nơi cư trú / Place of residence:"): four letters or more, a letter off the end of one of the field's
     * wordings, and a value after it; no value holds a colon.
     */
    private static LabelHit endBesideValue(List<OcrWord> words, int r, List<LabelHit> hits, CardLayout.Field field) {
        if (words.size() < 2 || hits.stream().anyMatch(h -> h.row() == r)) {
            return null;
        }
        return Double.isNaN(lostStart(words.get(0), field)) ? null : new LabelHit(field.name(), r, 0, 1, 1.0 / 3);
    }

    /**
     * Where the place's label whose end {@code end} is ({@link #endBesideValue}) started at the latest: its shortest
     * wording with that end, at the end's letters' width (the card may print both halves, starting further left); the
     * place's rows wrap under the label. NaN when the word is no place label's end.
     */
    static double lostStart(OcrWord end, CardLayout.Field field) {
        String text = end.compact();
        if (field.lines() <= 1 || !end.text().endsWith(":") || text.length() < 4 || text.matches(".*\\d.*")) {
            return Double.NaN;
        }
        return java.util.stream.Stream.concat(field.labels().stream(), field.rowStartLabels().stream())
                .filter(l -> endsAs(ModelDetector.compact(l), text))
                .mapToDouble(l -> end.left() - (end.right() - end.left()) / end.text().length() * (l.length() - end.text().length()))
                .max().orElse(Double.NaN);
    }

    /** Whether a wording (compact) is longer than a read end and ends with it, a letter off. */
    private static boolean endsAs(String wording, String end) {
        return wording.length() > end.length() && Edits.distance(wording.substring(wording.length() - end.length()), end) <= 1;
    }

    /**
     * The card's last field, its label lost, after the field printed before it: the rows below that field's
     * value, in its column, that carry no label (the expiry under the photo is left of the column).
     */
    private static List<CardTextParser.Line> afterPrevious(List<TextRow> rows, List<LabelHit> hits, LabelHit previous,
                                                           CardLayout.Field previousField, CardLayout.Field field) {
        TextRow labelRow = rows.get(previous.row());
        long below = LabelledFields.value(rows, hits, previous, previousField, List.of(field)).stream()
                .filter(l -> l.top() > labelRow.centre()).count();
        List<CardTextParser.Line> lines = new ArrayList<>();
        for (int r = previous.row() + 1; r < rows.size() && lines.size() < field.lines(); r++) {
            final int row = r;
            // the dashes between a place's units kept ("Phường Kim Sơn - Thành phố Tân Uyên"), as beside a label found
            List<OcrWord> words = LabelledFields.withoutSpecks(rows.get(r).words());
            if (words.isEmpty() || LabelPieces.isSpeck(words) || words.get(0).left() < labelRow.left() - 0.03) {
                continue;
            }
            if (below-- > 0 || hits.stream().anyMatch(h -> h.row() == row) || LabelPieces.isLabelRemnant(words, field)
                    || words.get(0).text().contains("<<")) {
                continue;
            }
            List<OcrWord> value = LabelPieces.withoutLabelPieces(words, field);
            if (!value.isEmpty()) { // a row of label pieces only is no value (and no line: it threw)
                lines.add(TextRow.line(value));
            }
        }
        return lines;
    }

    /**
     * The field's label, a third of its letters off, in rows {@code [from, to]}, on words no other label holds.
     * With {@code rowStart} (no anchor below to bound the search) only where a row begins, as labels do, so
     * that an address word ("Quận") is not taken for a label's remnant.
     */
    static LabelHit looseLabel(List<TextRow> rows, List<LabelHit> hits, CardLayout.Field field, int from, int to,
                                  boolean rowStart) {
        LabelHit best = null;
        for (int r = from; r <= to && r < rows.size(); r++) {
            List<OcrWord> words = rows.get(r).words();
            final int row = r;
            List<LabelHit> here = hits.stream().filter(h -> h.row() == row).toList();
            int start = r == from ? here.stream().mapToInt(LabelHit::to).max().orElse(0) : 0;
            int end = here.stream().mapToInt(LabelHit::from).filter(f -> f >= start).min().orElse(words.size());
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
                    best = new LabelHit(field.name(), r, wordAt.get(m.start()),
                            LabelHit.toColon(words, wordAt.get(m.start()), wordAt.get(m.end() - 1) + 1), quality);
                }
            }
        }
        return best == null ? null : withOtherHalf(rows, best, field);
    }

    /** A loose label's other half right after it on its row ("Nơi cư trú / Place of residence"), both garbled. */
    private static LabelHit withOtherHalf(List<TextRow> rows, LabelHit hit, CardLayout.Field field) {
        List<OcrWord> words = rows.get(hit.row()).words();
        StringBuilder text = new StringBuilder();
        List<Integer> wordAt = new ArrayList<>();
        for (int i = hit.to(); i < words.size() && i < hit.to() + 5; i++) {
            String c = words.get(i).compact();
            text.append(c);
            for (int k = 0; k < c.length(); k++) {
                wordAt.add(i);
            }
        }
        int to = hit.to();
        for (String label : field.labels()) {
            String phrase = ModelDetector.compact(label);
            FuzzyFind.Match m = phrase.length() < 5 ? null : FuzzyFind.find(phrase, text.toString(), phrase.length() / 3);
            if (m != null && m.end() > m.start() && m.start() <= 1) {
                to = Math.max(to, LabelHit.toColon(words, hit.to(), wordAt.get(m.end() - 1) + 1));
            }
        }
        return new LabelHit(hit.field(), hit.row(), hit.from(), to, hit.quality());
    }
}

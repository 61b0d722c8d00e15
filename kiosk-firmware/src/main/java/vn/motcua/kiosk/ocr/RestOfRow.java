package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;

/** The rest of a label's row where Tesseract read it as a row of its own. */
final class RestOfRow {
    private RestOfRow() {
    }

    /**
     * The row that holds the value of a label whose row ends with it: a place's, or a date's where it has digits (a
     * date beyond a table's widest label, read as a block of its own); -1 when none.
     */
    static int ofField(List<TextRow> rows, List<LabelHit> hits, LabelHit hit, CardLayout.Field field) {
        boolean date = field.name().endsWith("Date");
        if (field.lines() == 1 && !date) {
            return -1;
        }
        int split = splitOff(rows, hits, hit);
        return split < 0 || !date || rows.get(split).text().chars().filter(Character::isDigit).count() >= 4 ? split : -1;
    }

    /** One word of two letters or fewer, no digit, no address word ("Or", not "Số"): no place's first row is so short. */
    static boolean scrap(List<OcrWord> words) {
        return words.size() == 1 && words.get(0).compact().length() <= 2 && !words.get(0).text().matches(".*\\d.*")
                && !CardTextParser.startsAddress(words.get(0).text());
    }

    /**
     * The rest of a label's row read as a row of its own (a tilted photo, a larger print: Tesseract cuts the printed
     * row in two): the row with no label right of the label's end that overlaps its row, {@link RowOverlap#levelBefore};
     * further right only when level with it (values set in one column beyond the widest label, a table's layout).
     */
    static int splitOff(List<TextRow> rows, List<LabelHit> hits, LabelHit hit) {
        TextRow row = rows.get(hit.row());
        double labelRight = row.words().get(hit.to() - 1).right();
        int best = -1;
        for (int r = Math.max(0, hit.row() - 4); r < Math.min(rows.size(), hit.row() + 5); r++) {
            final int at = r;
            TextRow other = rows.get(r);
            if (r == hit.row() || hits.stream().anyMatch(h -> h.row() == at) || other.left() < labelRight - 0.01
                    || other.left() > labelRight + (RowOverlap.level(row, other) ? 0.35 : 0.1)
                    || other.top() >= row.bottom() || row.top() >= other.bottom()
                    || LabelPieces.isSpeck(other.words()) || scrap(other.words())) {
                continue;
            }
            if (best < 0 || RowOverlap.levelBefore(row, other, rows.get(best))) {
                best = r;
            }
        }
        return best;
    }

    /**
     * The rows a place goes on over under its first row {@code first}, read as a row of its own beside its label: those
     * starting where it does, each close under the one before, while the place has not ended with its province and no
     * row stands level with another label (the next field's value) or is a label's; at most {@code budget}.
     */
    static List<CardTextParser.Line> goesOn(List<TextRow> rows, List<LabelHit> hits, int first, String field, int budget) {
        List<CardTextParser.Line> lines = new ArrayList<>();
        TextRow above = rows.get(first);
        String text = above.text();
        for (int r = first + 1; r < rows.size() && lines.size() < budget && !AddressEnds.closesAddress(text); r++) {
            final int at = r;
            TextRow below = rows.get(r);
            if (Math.abs(below.left() - above.left()) > 0.03) {
                continue; // the labels' column, left of the values'
            }
            double height = above.bottom() - above.top();
            if (below.top() - above.bottom() > 1.6 * height || hits.stream().anyMatch(h -> h.row() == at
                    || !h.field().equals(field) && overlapsMostly(rows.get(h.row()), below))
                    || below.text().contains("<<") || BackDates.DATE.matcher(below.text()).find()) {
                break;
            }
            lines.add(TextRow.line(below.words()));
            above = below;
            text = below.text();
        }
        return lines;
    }

    private static boolean overlapsMostly(TextRow a, TextRow b) {
        double overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return overlap > 0.5 * Math.min(a.bottom() - a.top(), b.bottom() - b.top());
    }
}

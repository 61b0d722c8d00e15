package vn.motcua.kiosk.ocr;

/**
 * Whether two pieces of text are on one printed row: their boxes overlap by more than half the lower one's
 * height. A blurred row's pieces differ in their tops by a few pixels and overlap almost wholly; stacked rows
 * of a tilted photo (an address's last row under the end of its first) touch only at their edges.
 */
final class RowOverlap {
    private RowOverlap() {
    }

    static boolean sameRow(CardTextParser.Line a, CardTextParser.Line b) {
        double overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return overlap > 0.5 * Math.min(a.bottom() - a.top(), b.bottom() - b.top());
    }

    /**
     * Whether a row read after a label's row is beside the label rather than under it: its top within the upper
     * half of the label's row; for a place (an address wrapped over rows under its label), also its middle not
     * below the label's bottom. A place's row whose box was stretched up (a quote mark or tone mark read above its
     * first word: "“Thị trấn", printed tight under its label) has its top in the label's row but its middle below
     * it, and is the place's first row; a one-row value (a name) in a larger print stands beside its label.
     */
    static boolean besideLabel(TextRow below, TextRow label, boolean place) {
        double height = label.bottom() - label.top();
        return below.top() < label.top() + height * 0.5 && (!place || below.centre() <= label.bottom());
    }

    /**
     * Where a line starts that a row beginning at {@code left} is the right part of: pieces of the same line read as
     * rows of their own ("Nơi" apart from "ng ký khai sinh", the letters between lost), each ending at most
     * {@code gap} before the next and each one {@code piece} allows (not specks of a photo beside the label).
     */
    static double startBefore(java.util.List<TextRow> rows, TextRow row, double left, double gap, java.util.function.Predicate<TextRow> piece) {
        double start = left;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (TextRow other : rows) {
                if (other.right() <= start && start - other.right() <= gap && piece.test(other)
                        && sameRow(TextRow.line(other.words()), TextRow.line(row.words()))) {
                    start = other.left();
                    moved = true;
                }
            }
        }
        return start;
    }

    /**
     * Whether two rows' middles are within a third of the taller one's height (a value set larger than its label): a
     * label's descenders ("Ngày cấp:") and a date's tall digits put level rows' middles a quarter apart.
     */
    static boolean level(TextRow row, TextRow other) {
        return Math.abs(other.centre() - row.centre()) <= Math.max(row.bottom() - row.top(), other.bottom() - other.top()) / 3;
    }

    /**
     * Whether piece {@code a} is rather the rest of the label's row than piece {@code b}: nearer its middle by over a
     * quarter of its height, or as near and left of it. A place's next row, set tight under a small label, overlaps
     * the label's row too, and is not its first because it starts further left.
     */
    static boolean levelBefore(TextRow label, TextRow a, TextRow b) {
        double quarter = (label.bottom() - label.top()) / 4;
        double off = Math.abs(a.centre() - label.centre()) - Math.abs(b.centre() - label.centre());
        return off < -quarter || off <= quarter && a.left() < b.left();
    }
}

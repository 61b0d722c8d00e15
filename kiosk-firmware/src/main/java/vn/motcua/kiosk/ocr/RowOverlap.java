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
}

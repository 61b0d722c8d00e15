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
}

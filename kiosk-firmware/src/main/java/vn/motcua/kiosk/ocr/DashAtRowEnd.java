package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dash a place's row ends with that the page did not read: units set off by dashes wrap after one ("Thôn Thượng,
 * Xã Ba Xa -" over "Tỉnh Quảng Ngãi"), and Tesseract drops a lone short stroke at a line's end more often than not.
 * Joined without it the rows read "Xã Ba Xa, Tỉnh Quảng Ngãi", a separator the card does not print. The stroke is
 * looked for in the card's ink right of the row's last word: one blob, a space or two away, wider than it is thick,
 * thin as a letter's stroke, at the height of a small letter's middle, and nothing after it on the row.
 */
final class DashAtRowEnd {
    /**
     * Darker than this is ink on the card prepared ({@link CardImage#prepareCard}: its paper at 225). Lighter than the
     * letters' ink ({@link InkStart}): a dash a pixel or two thick is drawn grey by its font's smoothing.
     */
    private static final int INK = 200;

    private DashAtRowEnd() {
    }

    /** The fields' lines, each place's row but its last ending with " -" where the card prints a dash the page lost. */
    static Map<String, List<CardTextParser.Line>> mark(BufferedImage card, Map<String, List<CardTextParser.Line>> byField,
                                                       CardLayout layout) {
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>(byField);
        for (CardLayout.Field field : layout.fields()) {
            List<CardTextParser.Line> lines = byField.get(field.name());
            if (field.lines() <= 1 || lines == null || lines.size() < 2) {
                continue;
            }
            List<CardTextParser.Line> marked = new ArrayList<>(lines);
            for (int i = 0; i < lines.size() - 1; i++) {
                CardTextParser.Line l = lines.get(i);
                if (l.text().matches(".*\\p{L}") && endsWithDash(card, l.top(), l.bottom(), l.right())) {
                    marked.set(i, l.withDashAtEnd());
                }
            }
            out.put(field.name(), marked);
        }
        return out;
    }

    /** Whether the ink right of {@code right} on the row between {@code top} and {@code bottom} is one dash alone. */
    static boolean endsWithDash(BufferedImage card, double top, double bottom, double right) {
        int w = card.getWidth();
        int y0 = Math.max(0, (int) (top * card.getHeight()));
        int y1 = Math.min(card.getHeight(), (int) Math.ceil(bottom * card.getHeight()));
        int h = y1 - y0;
        if (h < 6) {
            return false;
        }
        Raster r = card.getRaster();
        int from = Math.min(w - 1, (int) Math.ceil(right * w) + 1);
        // the blob: the first inked columns within two spaces of the word (a space is about a third of the row's height)
        int start = -1;
        int end = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        for (int x = from; x < Math.min(w, from + h * 2 / 3 + 1); x++) {
            int[] ink = InkStart.inkRows(r, x, y0, y1, INK);
            if (ink == null) {
                if (start >= 0) {
                    break;
                }
                continue;
            }
            start = start < 0 ? x : start;
            end = x;
            minY = Math.min(minY, ink[0]);
            maxY = Math.max(maxY, ink[1]);
        }
        if (start < 0 || end + 1 < w && inkWithin(r, end + 1, Math.min(w, end + 1 + h), y0, y1)) {
            return false; // no ink, or the blob is a letter of more text the page lost
        }
        int width = end - start + 1;
        int thickness = maxY - minY + 1;
        double middle = (minY + maxY) / 2.0 - y0;
        return thickness <= Math.max(3, h * 0.15) && width >= Math.max(2 * thickness, h * 0.15) && width <= h * 0.8
                && middle >= h * 0.4 && middle <= h * 0.85;
    }

    private static boolean inkWithin(Raster r, int x0, int x1, int y0, int y1) {
        for (int x = x0; x < x1; x++) {
            if (InkStart.inkRows(r, x, y0, y1, INK) != null) {
                return true;
            }
        }
        return false;
    }
}

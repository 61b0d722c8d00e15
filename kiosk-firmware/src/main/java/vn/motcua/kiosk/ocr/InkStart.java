package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Where a row's print starts on the card, whatever the page read of it: the page's layout can lose a row's first
 * words ("ã Nghiên Loan," for "Xóm 2, Xã Nghiên Loan," in a light face), and the ink before what it read tells
 * how far left to read the row again. The ink is followed left from the row's first word across the gaps between
 * letters and words; a gap wider than a space (three fifths of the row's height: the margin before the QR or the
 * photo) ends it.
 */
final class InkStart {
    /** Darker than this is ink on the card prepared ({@link CardImage#prepareCard}: its paper at 225). */
    private static final int INK = 160;

    private InkStart() {
    }

    /** The left edge (0..1 of the card's width) of the ink the row between {@code top} and {@code bottom} starts with. */
    static double of(BufferedImage card, double top, double bottom, double left) {
        int w = card.getWidth();
        int y0 = Math.max(0, (int) (top * card.getHeight()));
        int y1 = Math.min(card.getHeight(), (int) Math.ceil(bottom * card.getHeight()));
        int x = Math.min(w - 1, (int) (left * w));
        int widestGap = Math.max(4, (y1 - y0) * 3 / 5);
        Raster r = card.getRaster();
        int start = x;
        int gap = 0;
        for (int cx = x - 1; cx >= 0 && gap <= widestGap; cx--) {
            if (inked(r, cx, y0, y1)) {
                start = cx;
                gap = 0;
            } else {
                gap++;
            }
        }
        return (double) start / w;
    }

    private static boolean inked(Raster r, int x, int y0, int y1) {
        return inkRows(r, x, y0, y1, INK) != null;
    }

    /** The first and last pixel rows of a column between {@code y0} and {@code y1} darker than {@code ink}, or null. */
    static int[] inkRows(Raster r, int x, int y0, int y1, int ink) {
        int first = -1;
        int last = -1;
        for (int y = y0; y < y1; y++) {
            if (r.getSample(x, y, 0) < ink) {
                first = first < 0 ? y : first;
                last = y;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }
}

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
        return (double) followed(card, top, bottom, left, -1) / card.getWidth();
    }

    /**
     * The right edge (0..1 of the card's width) of the ink the row between {@code top} and {@code bottom} runs on with
     * past {@code right}: the page can lose a row's last words as well ("Huyện Lập Thạch-Ti" for "…-Tỉnh Vĩnh Phú").
     */
    static double end(BufferedImage card, double top, double bottom, double right) {
        return (double) (followed(card, top, bottom, right, 1) + 1) / card.getWidth();
    }

    /** The last inked column reached from {@code from} going {@code step} (-1 left, 1 right) across gaps no wider than a space. */
    private static int followed(BufferedImage card, double top, double bottom, double from, int step) {
        int w = card.getWidth();
        int y0 = Math.max(0, (int) (top * card.getHeight()));
        int y1 = Math.min(card.getHeight(), (int) Math.ceil(bottom * card.getHeight()));
        int x = Math.max(0, Math.min(w - 1, (int) (from * w)));
        int widestGap = Math.max(4, (y1 - y0) * 3 / 5);
        Raster r = card.getRaster();
        int last = x;
        int gap = 0;
        for (int cx = x + step; cx >= 0 && cx < w && gap <= widestGap; cx += step) {
            if (inked(r, cx, y0, y1)) {
                last = cx;
                gap = 0;
            } else {
                gap++;
            }
        }
        return last;
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

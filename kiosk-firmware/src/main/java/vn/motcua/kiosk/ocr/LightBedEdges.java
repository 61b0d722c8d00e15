package vn.motcua.kiosk.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * The card on a light bed: a white desk, a light-grey scanner lid or a kiosk's pale well is only a few grey levels
 * darker than the card's paper, too few for {@link CardFinder}'s bed/card threshold. The card's edge is still a
 * straight step along its whole side: the median grey of a run of pixels parallel to the edge (the print covers far
 * less than half of it), taken run after run inwards, is flat over the bed and rises within a few pixels where the
 * card begins, past the thin shadow line its 0.76 mm edge casts. The image is cut into {@link #BANDS} bands along each side and the step is
 * looked for in each: a card's edge shows in most of them at the same place, a print element (a QR's white
 * square, a photo) in a few only, and a paper whose tint shades from one side to the other shows no sharp step at
 * all. The box is taken only when it has the shape of an ID-1 card (85.60 × 53.98 mm); else the image is all card.
 */
final class LightBedEdges {
    static final double ID1_ASPECT = 85.60 / 53.98;
    /**
     * Shape tolerance: the box is measured after the image was straightened, to a pixel or two per side, and a
     * photo's small keystone changes the shape by 1-2 %; a card with the bed on one side is 4 % off or more.
     */
    static final double ASPECT_TOLERANCE = 0.025;
    /** Grey levels the paper must stand above the bed: noise in a band's median is about one level. */
    static final int MIN_STEP = 4;
    static final int BANDS = 6;
    /** Bands that must show the edge at one place: a print element (a photo, a QR) spans two at most. */
    static final int AGREE = 4;
    /** Pixels at the image's border left out of the bed's grey: a straightened image's edge blends into black. */
    private static final int OUTERMOST = 2;

    private LightBedEdges() {
    }

    /** The card's box, or null when no side shows an edge or the box is not card-shaped. */
    static Rectangle find(BufferedImage gray) {
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[][] cols = profiles(r, w, h, true);
        int[][] rows = profiles(r, w, h, false);
        int left = edge(cols, false);
        int right = edge(cols, true);
        int top = edge(rows, false);
        int bottom = edge(rows, true);
        if (left < 0 && right < 0 && top < 0 && bottom < 0) {
            return null;
        }
        int x0 = Math.max(left, 0);
        int x1 = right < 0 ? w - 1 : w - 1 - right;
        int y0 = Math.max(top, 0);
        int y1 = bottom < 0 ? h - 1 : h - 1 - bottom;
        // one side the bed shows too dimly (the lamp's far side): the other three and the card's shape place it
        int cardWidth = (int) Math.round((y1 - y0 + 1) * ID1_ASPECT);
        int cardHeight = (int) Math.round((x1 - x0 + 1) / ID1_ASPECT);
        if (top >= 0 && bottom >= 0 && (left < 0) != (right < 0)) {
            x0 = left < 0 ? Math.max(0, x1 + 1 - cardWidth) : x0;
            x1 = right < 0 ? Math.min(w - 1, x0 + cardWidth - 1) : x1;
        } else if (left >= 0 && right >= 0 && (top < 0) != (bottom < 0)) {
            y0 = top < 0 ? Math.max(0, y1 + 1 - cardHeight) : y0;
            y1 = bottom < 0 ? Math.min(h - 1, y0 + cardHeight - 1) : y1;
        }
        Rectangle box = new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
        return cardShaped(box.width, box.height) ? box : null;
    }

    static boolean cardShaped(int width, int height) {
        return height > 0 && Math.abs((double) width / height / ID1_ASPECT - 1) <= ASPECT_TOLERANCE;
    }

    /**
     * Per band, the median grey of each column ({@code alongX}) or row of the band, lightly smoothed. Bands cover
     * the middle 80 % of the other direction, away from the corners a straightened photo fills with black.
     */
    private static int[][] profiles(Raster r, int w, int h, boolean alongX) {
        int n = alongX ? w : h;
        int across = alongX ? h : w;
        int from = across / 10;
        int span = (across - 2 * from) / BANDS;
        int[][] out = new int[BANDS][n];
        int[] hist = new int[256];
        for (int b = 0; b < BANDS; b++) {
            int[] raw = new int[n];
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(hist, 0);
                for (int k = from + b * span; k < from + (b + 1) * span; k++) {
                    hist[alongX ? r.getSample(i, k, 0) : r.getSample(k, i, 0)]++;
                }
                hist[0] = 0; // the black a straightened image's uncovered corners are filled with is no bed
                raw[i] = CardFinder.percentile(hist, 0.5);
            }
            for (int i = 0; i < n; i++) {
                int lo = Math.max(0, i - 1);
                int hi = Math.min(n - 1, i + 1);
                int sum = 0;
                for (int j = lo; j <= hi; j++) {
                    sum += raw[j];
                }
                out[b][i] = Math.round((float) sum / (hi - lo + 1));
            }
        }
        return out;
    }

    /**
     * How far from the start (or the end) of the profiles the card's edge lies, when {@link #AGREE} bands or more
     * show it at the same place; -1 when they do not.
     */
    private static int edge(int[][] bands, boolean fromEnd) {
        int n = bands[0].length;
        int win = Math.max(3, n / 150);
        int[] found = new int[BANDS];
        int count = 0;
        for (int[] band : bands) {
            int e = step(band, fromEnd, win);
            if (e >= 0) {
                found[count++] = e;
            }
        }
        if (count < AGREE) {
            return -1;
        }
        java.util.Arrays.sort(found, 0, count);
        int median = found[count / 2];
        int agree = 0;
        for (int i = 0; i < count; i++) {
            agree += Math.abs(found[i] - median) <= Math.max(win, n / 100) ? 1 : 0;
        }
        return agree >= AGREE ? median : -1;
    }

    /**
     * The first place, within the outer quarter, where the profile rises from the bed's grey (that of its outer end)
     * by {@link #MIN_STEP} or more within {@code win} pixels and stays up; -1 when there is none.
     */
    private static int step(int[] p, boolean fromEnd, int win) {
        int n = p.length;
        int edgeBand = Math.max(2, n / 200);
        int[] outer = new int[edgeBand];
        for (int k = 0; k < edgeBand; k++) {
            outer[k] = at(p, OUTERMOST + k, fromEnd);
        }
        java.util.Arrays.sort(outer);
        int bed = outer[edgeBand / 2];
        int hold = 3 * win;
        for (int i = OUTERMOST + edgeBand; i < n / 4; i++) {
            if (at(p, i, fromEnd) < bed + MIN_STEP || at(p, Math.max(0, i - win), fromEnd) > bed + MIN_STEP / 2) {
                continue;
            }
            boolean stays = true;
            for (int k = 1; k <= hold && stays; k++) {
                stays = at(p, i + k, fromEnd) >= bed + MIN_STEP;
            }
            if (stays) {
                return i;
            }
        }
        return -1;
    }

    private static int at(int[] p, int i, boolean fromEnd) {
        return p[fromEnd ? p.length - 1 - i : i];
    }
}

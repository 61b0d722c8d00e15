package vn.motcua.kiosk.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Finds the card in a photo or scan: the card is much lighter than the scanner bed or the kiosk's
 * camera well around it. On a light bed (a desk, a scanner lid) {@link LightBedEdges} looks for its straight edges;
 * when no edge is found the whole image is taken as the card.
 */
final class CardFinder {
    private static final double ROW_FILL = 0.5;
    /** Grey levels between the bed and the card below which there is no bed: a card's own tints differ by a few. */
    static final int MIN_BED_CONTRAST = 20;

    private CardFinder() {
    }

    static Rectangle find(BufferedImage gray) {
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int threshold = threshold(r, w, h);
        if (threshold < 0) { // a light bed, or none: the card only where its straight edges show
            Rectangle onLightBed = LightBedEdges.find(gray);
            return onLightBed != null ? onLightBed : new Rectangle(0, 0, w, h);
        }
        int[] rows = new int[h];
        int[] cols = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (r.getSample(x, y, 0) > threshold) {
                    rows[y]++;
                    cols[x]++;
                }
            }
        }
        int top = first(rows, w * ROW_FILL, false);
        int bottom = first(rows, w * ROW_FILL, true);
        int left = first(cols, h * ROW_FILL, false);
        int right = first(cols, h * ROW_FILL, true);
        Rectangle cut = top < 0 || left < 0 || bottom - top < h / 3 || right - left < w / 3 ? new Rectangle(0, 0, w, h)
                : new Rectangle(left, top, right - left + 1, bottom - top + 1);
        if (!LightBedEdges.cardShaped(cut.width, cut.height)) { // a light bed lit unevenly: the threshold cut astray
            Rectangle edges = LightBedEdges.find(gray);
            return edges != null ? edges : cut;
        }
        return cut;
    }

    /**
     * Halfway between the bed's and the card's typical brightness (10th and 70th percentile); -1 when the two are
     * less than {@link #MIN_BED_CONTRAST} apart.
     */
    private static int threshold(Raster r, int w, int h) {
        int[] hist = new int[256];
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                hist[r.getSample(x, y, 0)]++;
            }
        }
        int dark = percentile(hist, 0.10);
        int light = percentile(hist, 0.70);
        // no bed clearly darker than the card: the image is all card (a scan cut to it), and a threshold between
        // two greys of its own paper would cut the card where its background's tint shades from one to the other
        return light - dark < MIN_BED_CONTRAST ? -1 : (dark + light) / 2;
    }

    /** The grey level below which {@code share} of a histogram's pixels lie; 255 for an empty one. */
    static int percentile(int[] histogram, double share) {
        long total = 0;
        for (int n : histogram) {
            total += n;
        }
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (total > 0 && seen >= total * share) {
                return v;
            }
        }
        return 255;
    }

    private static int first(int[] counts, double min, boolean fromEnd) {
        for (int k = 0; k < counts.length; k++) {
            int i = fromEnd ? counts.length - 1 - k : k;
            if (counts[i] >= min) {
                return i;
            }
        }
        return -1;
    }
}

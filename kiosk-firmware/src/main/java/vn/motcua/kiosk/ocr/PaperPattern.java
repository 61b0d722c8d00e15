package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * The card's security print levelled into its paper, for a second page pass when the first told no model. Both
 * faces of the cards are printed on a fine guilloche (crossed wavy lines in a light tint) a few tens of grey
 * levels under the paper; worn or scanned so that its lines stand out, Tesseract's page layout can take the
 * whole face for a picture and find no text at all. The print is far darker than the paper, the pattern is not:
 * every grey from {@link #LEVEL} of the paper's grey up becomes white and the rest is stretched under it, so
 * the print keeps its shape and its edges.
 */
final class PaperPattern {
    /** The share (%) of the paper's grey from which a pixel is paper or its pattern: print is well under it. */
    static final int LEVEL = 80;

    private PaperPattern() {
    }

    /** The grey card with its paper and pattern white: the paper's grey is the median, most of a card being paper. */
    static BufferedImage levelled(BufferedImage gray) {
        Raster in = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int cut = Math.max(1, CardFinder.percentile(CardImage.histogram(gray), 0.5) * LEVEL / 100);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster o = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = in.getSample(x, y, 0);
                o.setSample(x, y, 0, v >= cut ? 255 : v * 255 / cut);
            }
        }
        return out;
    }
}

package vn.motcua.kiosk.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** The image steps before Tesseract: grey, straighten, find the card, scale, even the light. */
final class CardImage {
    /** Card width the text is read at: measured best of 1000, 1200, 1500 and 2000 on the synthetic set (docs/ocr.md). */
    static final int WORK_WIDTH = Integer.getInteger("ocr.width", 1200);
    private static final double MAX_SKEW_DEGREES = 5;
    private static final double SKEW_STEP = 0.1;

    private CardImage() {
    }

    /**
     * The whole card, straightened and at the work width, light evened: the reader finds the model and
     * the labels first, so no column is cut off before it knows which card it has.
     */
    static BufferedImage prepareCard(BufferedImage image) {
        BufferedImage gray = toGray(SealDropout.apply(image)); // a seal's red is no print
        double angle = skew(gray);
        if (Math.abs(angle) >= SKEW_STEP / 2) {
            gray = rotate(gray, angle);
        }
        Rectangle card = CardFinder.find(gray);
        BufferedImage cropped = gray.getSubimage(card.x, card.y, card.width, card.height);
        return evenLight(resize(cropped, (double) WORK_WIDTH / card.width));
    }

    static BufferedImage toGray(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    /**
     * The rotation (radians) that makes the text rows horizontal: the angle at which the dark pixels'
     * row histogram is most peaked. Text lines dominate it; the card's own edges agree with them.
     */
    static double skew(BufferedImage gray) {
        BufferedImage small = resize(gray, Math.min(1.0, 600.0 / gray.getWidth()));
        BufferedImage ink = binarise(small);
        Raster r = ink.getRaster();
        int w = ink.getWidth();
        int h = ink.getHeight();
        int[] xs = new int[w * h];
        int[] ys = new int[w * h];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (r.getSample(x, y, 0) == 0) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        double best = 0;
        double bestScore = -1;
        int span = w + h;
        for (double deg = -MAX_SKEW_DEGREES; deg <= MAX_SKEW_DEGREES + 1e-9; deg += SKEW_STEP) {
            double a = Math.toRadians(deg);
            double sin = Math.sin(a);
            double cos = Math.cos(a);
            int[] rows = new int[2 * span + 1];
            for (int i = 0; i < n; i++) {
                rows[(int) Math.round(xs[i] * sin + ys[i] * cos) + span]++;
            }
            double score = 0;
            for (int v : rows) {
                score += (double) v * v;
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    private static BufferedImage rotate(BufferedImage src, double radians) {
        return rotate(src, radians, Color.BLACK);
    }

    /** Rotated about its centre; the corners it uncovers take the given colour (the paper's, for a strip of print). */
    static BufferedImage rotate(BufferedImage src, double radians, Color fill) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(fill);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, AffineTransform.getRotateInstance(radians, src.getWidth() / 2.0, src.getHeight() / 2.0),
                    null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage resize(BufferedImage src, double scale) {
        return resize(src, scale, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /** Resized in grey with the given interpolation ({@code RenderingHints.VALUE_INTERPOLATION_…}). */
    static BufferedImage resize(BufferedImage src, double scale, Object interpolation) {
        int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Evens out the light: each pixel divided by the mean brightness of a window wider than any letter
     * (half a side = a quarter of the width), the paper brought to one grey. Letters keep their grey
     * edges for Tesseract's own threshold: the earlier local flatten (a window of a letter's size, paper
     * clipped to white) thinned blurred strokes until a 4 read as 1 and marks fell off; with this the
     * synthetic degraded set went from 90 % to 98 % exact fields (docs/ocr.md).
     */
    static BufferedImage evenLight(BufferedImage gray) {
        return localMean(gray, Math.max(8, gray.getWidth() / 4),
                (v, mean) -> mean <= 0 ? 255 : (int) Math.min(255, PAPER * v / mean));
    }

    /** The grey the paper is brought to: below white, so the light side of a letter's edge is not clipped. */
    private static final long PAPER = 225;

    /** Bradley's threshold, for finding the skew only: ink is what is clearly darker than around it. */
    static BufferedImage binarise(BufferedImage gray) {
        return localMean(gray, Math.max(8, gray.getWidth() / 32), (v, mean) -> v * 100 < mean * 80 ? 0 : 255);
    }

    /** How many pixels of a grey image have each grey level. */
    static int[] histogram(BufferedImage gray) {
        Raster in = gray.getRaster();
        int[] histogram = new int[256];
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                histogram[in.getSample(x, y, 0)]++;
            }
        }
        return histogram;
    }

    /**
     * Black and white at Otsu's threshold (the grey that best splits the histogram in two): for the MRZ
     * strip, where the print is one dark face on the light card, a second look when the grey one fails.
     */
    static BufferedImage otsu(BufferedImage gray) {
        Raster in = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] histogram = histogram(gray);
        long total = (long) w * h;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            sumAll += (double) i * histogram[i];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            sumBelow += (double) t * histogram[t];
            long above = total - below;
            if (below == 0 || above == 0) {
                continue;
            }
            double meanBelow = sumBelow / below;
            double meanAbove = (sumAll - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster o = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                o.setSample(x, y, 0, in.getSample(x, y, 0) <= threshold ? 0 : 255);
            }
        }
        return out;
    }

    private interface PixelRule {
        int apply(int value, long mean);
    }

    /** Applies a rule to each pixel and the mean of the square around it (from an integral image). */
    private static BufferedImage localMean(BufferedImage gray, int half, PixelRule rule) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        Raster in = gray.getRaster();
        long[] integral = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                row += in.getSample(x, y, 0);
                integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster o = out.getRaster();
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - half);
            int y1 = Math.min(h, y + half + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - half);
                int x1 = Math.min(w, x + half + 1);
                long sum = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1] - integral[y1 * (w + 1) + x0]
                        + integral[y0 * (w + 1) + x0];
                long count = (long) (x1 - x0) * (y1 - y0);
                o.setSample(x, y, 0, rule.apply(in.getSample(x, y, 0), sum / count));
            }
        }
        return out;
    }
}

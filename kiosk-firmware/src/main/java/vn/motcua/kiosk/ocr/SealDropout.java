package vn.motcua.kiosk.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayDeque;

/**
 * Red round marks taken out of the colour image before it is made grey: the police department's seal on a
 * card's back (printed over the issuer's title and the signature, its rim often touching the date line above)
 * and the national emblem on a front. In grey their red is as dark as the print, so Tesseract reads the rim
 * and its lettering as text and the rows they cross come out garbled; in the red channel, red ink is as
 * light as the paper, while black and blue print stay dark. So the mark's red pixels (red above green and
 * blue) become the paper's grey around them, the print over the mark untouched.
 * <p>
 * Only round red marks go: red print in rows (the cards' red title "CĂN CƯỚC CÔNG DÂN", which tells the models
 * apart) is kept. The red pixels are grouped on a coarse grid, a letter's gaps bridged; a group as tall as it
 * is wide and large (a seal is 15-20 mm on the 86 mm card) is a seal or emblem, a row of letters is far wider
 * than tall and a single letter is small.
 */
final class SealDropout {
    /** How much the red channel must stand above green and blue: stamp ink is far above, a warm paper or light is not. */
    static final int RED_MARGIN = 45;
    /**
     * Stamp ink is light in the red channel; print is dark in all three, even a reddish black or print over the
     * seal: a pixel darker than this in red is print, whatever its hue (of 255).
     */
    static final int LIGHT_RED = 100;
    /** The same within a seal found, as a share (%) of the paper's grey: its red ink is nearly as light as the paper. */
    static final int INK_OF_PAPER = 70;
    /** Within a seal found, how much redder than the paper a pixel of its blurred, pinkish edge still is. */
    static final int EDGE_MARGIN = 10;
    /** Red cells this many apart (2 % of the image's width) are one mark: a seal's rims, lettering and star. */
    private static final int BRIDGE = 6;
    /** A mark's larger side, as a share of the image's width, from which it is a seal or emblem and not a letter. */
    private static final double MIN_SIDE = 0.07;
    /** Height over width (the smaller over the larger) from which a mark is round, not a row of print. */
    private static final double MIN_ROUNDNESS = 0.6;

    private SealDropout() {
    }

    static boolean red(int rgb) {
        return redness(rgb) >= RED_MARGIN && ((rgb >> 16) & 0xff) >= LIGHT_RED;
    }

    /** How far the red channel stands above green and blue. */
    static int redness(int rgb) {
        return ((rgb >> 16) & 0xff) - Math.max((rgb >> 8) & 0xff, rgb & 0xff);
    }

    private static int luminance(int rgb) {
        return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
    }

    /** The cells and two rings of cells around them, where a mark's blurred edge lies. */
    private static boolean[] grown(boolean[] cells, int cw, int ch) {
        boolean[] out = cells.clone();
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                if (cells[y * cw + x]) {
                    for (int dy = -2; dy <= 2; dy++) {
                        for (int dx = -2; dx <= 2; dx++) {
                            if (x + dx >= 0 && y + dy >= 0 && x + dx < cw && y + dy < ch) {
                                out[(y + dy) * cw + x + dx] = true;
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The image with its round red marks turned paper; the image itself when it has none. */
    static BufferedImage apply(BufferedImage image) {
        if (image.getColorModel().getNumColorComponents() < 3) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // one copy as packed RGB, read and written as an array: a pixel at a time through the colour model costs
        // a photo's worth of calls (tens of ms); the copy is a blit
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int cell = Math.max(2, w / 300);
        int cw = (w + cell - 1) / cell;
        int ch = (h + cell - 1) / cell;
        boolean[] redCell = new boolean[cw * ch];
        boolean any = false;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (red(px[y * w + x])) {
                    redCell[(y / cell) * cw + x / cell] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return image;
        }
        boolean[] drop = grown(roundMarks(redCell, cw, ch, w * MIN_SIDE / cell), cw, ch);
        int top = ch;
        int bottom = -1;
        for (int c = 0; c < drop.length; c++) {
            if (drop[c]) {
                top = Math.min(top, c / cw);
                bottom = c / cw;
            }
        }
        if (bottom < 0) {
            return image;
        }
        int y0 = top * cell;
        int y1 = Math.min(h, (bottom + 1) * cell);
        // the paper around the marks: the light end of what in their cells is not the mark's red (the print there
        // is darker), and the paper's own tint (a warm light makes all of it a little red)
        int[] histogram = new int[256];
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (drop[(y / cell) * cw + x / cell] && redness(px[i]) < RED_MARGIN) {
                    histogram[luminance(px[i])]++;
                }
            }
        }
        int paper = CardFinder.percentile(histogram, 0.8);
        int[] tints = new int[256];
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (drop[(y / cell) * cw + x / cell] && redness(px[i]) < RED_MARGIN && luminance(px[i]) >= paper - 10) {
                    tints[Math.max(0, redness(px[i]))]++;
                }
            }
        }
        int edge = CardFinder.percentile(tints, 0.5) + EDGE_MARGIN;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                // the mark's blurred edges, pink where its red met the paper, go with it
                if (drop[(y / cell) * cw + x / cell] && redness(px[i]) >= edge
                        && ((px[i] >> 16) & 0xff) * 100 >= paper * INK_OF_PAPER) {
                    px[i] = 0xff000000 | paper << 16 | paper << 8 | paper;
                }
            }
        }
        return out;
    }

    /**
     * The cells of the squares of the red groups that are round and large. A group: red cells {@link #BRIDGE}
     * cells apart or closer (the gaps between a seal's rims, its lettering and its star; a row's letters and
     * words); kept where its box is at least {@code minSide} cells on its larger side and {@link #MIN_ROUNDNESS}
     * in shape.
     */
    static boolean[] roundMarks(boolean[] red, int cw, int ch, double minSide) {
        int[] group = new int[red.length];
        boolean[] drop = new boolean[red.length];
        int groups = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < red.length; start++) {
            if (!red[start] || group[start] != 0) {
                continue;
            }
            group[start] = ++groups;
            queue.add(start);
            int x0 = cw;
            int x1 = -1;
            int y0 = ch;
            int y1 = -1;
            while (!queue.isEmpty()) {
                int c = queue.poll();
                int cx = c % cw;
                int cy = c / cw;
                x0 = Math.min(x0, cx);
                x1 = Math.max(x1, cx);
                y0 = Math.min(y0, cy);
                y1 = Math.max(y1, cy);
                for (int dy = -BRIDGE; dy <= BRIDGE; dy++) {
                    for (int dx = -BRIDGE; dx <= BRIDGE; dx++) {
                        int nx = cx + dx;
                        int ny = cy + dy;
                        if (nx >= 0 && ny >= 0 && nx < cw && ny < ch && red[ny * cw + nx] && group[ny * cw + nx] == 0) {
                            group[ny * cw + nx] = groups;
                            queue.add(ny * cw + nx);
                        }
                    }
                }
            }
            int bw = x1 - x0 + 1;
            int bh = y1 - y0 + 1;
            if (Math.max(bw, bh) >= minSide && (double) Math.min(bw, bh) / Math.max(bw, bh) >= MIN_ROUNDNESS) {
                // the mark's square, where its paler red is: a seal is as tall as wide, so where print crossing it or
                // glare cut a cap off, the cap lies beyond the shorter side, either way
                int growX = Math.max(bw, bh) - bw;
                int growY = Math.max(bw, bh) - bh;
                for (int y = Math.max(0, y0 - growY); y <= Math.min(ch - 1, y1 + growY); y++) {
                    for (int x = Math.max(0, x0 - growX); x <= Math.min(cw - 1, x1 + growX); x++) {
                        drop[y * cw + x] = true;
                    }
                }
            }
        }
        return drop;
    }
}

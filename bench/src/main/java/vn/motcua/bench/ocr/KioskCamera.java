package vn.motcua.bench.ocr;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Generator D's degraded cards: a kiosk's fixed camera over a card laid in its well, not a phone held by hand:
 * the card a little turned (±3°) and seen at a slant (a true perspective, each corner moved up to 4 % of the
 * card), lit from one side (light falling off radially to 60–90 %), a glare oval where the lamp reflects off the
 * laminate, defocus (two box passes), sensor noise, a low resolution (the card 720–1000 px wide:
 * a camera of about 1 MP over the well; smaller, the values are 8 px high and no reader reads them) and JPEG q 0.4–0.75.
 */
final class KioskCamera {
    private KioskCamera() {
    }

    static BufferedImage take(BufferedImage card, Random r) {
        int cw = 720 + r.nextInt(281);
        double f = cw / (double) card.getWidth();
        int ch = (int) Math.round(card.getHeight() * f);
        int pad = (int) (cw * (0.05 + r.nextDouble() * 0.06));
        int w = cw + 2 * pad;
        int h = ch + 2 * pad;
        // where the card's corners land: a turn about the centre, then each corner moved a little (perspective)
        double a = Math.toRadians((r.nextDouble() * 2 - 1) * 3);
        double[][] src = {{0, 0}, {card.getWidth(), 0}, {card.getWidth(), card.getHeight()}, {0, card.getHeight()}};
        double[][] dst = new double[4][2];
        for (int i = 0; i < 4; i++) {
            double x = src[i][0] * f - cw / 2.0;
            double y = src[i][1] * f - ch / 2.0;
            dst[i][0] = w / 2.0 + x * Math.cos(a) - y * Math.sin(a) + (r.nextDouble() * 2 - 1) * 0.04 * cw * 0.5;
            dst[i][1] = h / 2.0 + x * Math.sin(a) + y * Math.cos(a) + (r.nextDouble() * 2 - 1) * 0.04 * ch * 0.5;
        }
        double[] back = homography(dst, src); // photo → card
        int bed = 35 + r.nextInt(40);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = back[6] * x + back[7] * y + 1;
                double sx = (back[0] * x + back[1] * y + back[2]) / d;
                double sy = (back[3] * x + back[4] * y + back[5]) / d;
                out.setRGB(x, y, sx < 0 || sy < 0 || sx > card.getWidth() - 1 || sy > card.getHeight() - 1
                        ? (bed << 16) | (bed << 8) | (bed - 3) : bilinear(card, sx, sy));
            }
        }
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float cx = (float) (pad + cw * (0.15 + r.nextDouble() * 0.7));
            float cy = (float) (pad + ch * (0.15 + r.nextDouble() * 0.7));
            float rx = (float) (ch * (0.12 + r.nextDouble() * 0.18));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.4f + r.nextFloat() * 0.35f));
            g.setPaint(new RadialGradientPaint(cx, cy, rx, new float[]{0f, 1f},
                    new Color[]{new Color(255, 255, 252, 255), new Color(255, 255, 252, 0)}));
            g.fillOval((int) (cx - rx), (int) (cy - rx), (int) (2 * rx), (int) (2 * rx));
        } finally {
            g.dispose();
        }
        out = boxBlur(boxBlur(out, r.nextInt(3) == 0 ? 0 : 1), r.nextBoolean() ? 1 : 0);
        double lx = r.nextBoolean() ? 0 : w;
        double ly = r.nextDouble() * h;
        double low = 0.6 + r.nextDouble() * 0.3;
        double far = Math.hypot(w, h);
        double sigma = 2 + r.nextDouble() * 5;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = out.getRGB(x, y);
                double shade = 1 - (1 - low) * Math.hypot(x - lx, y - ly) / far;
                double n = r.nextGaussian() * sigma;
                out.setRGB(x, y, (clamp(((rgb >> 16) & 0xFF) * shade + n) << 16)
                        | (clamp(((rgb >> 8) & 0xFF) * shade + n) << 8) | clamp((rgb & 0xFF) * shade + n));
            }
        }
        return PhonePhoto.jpeg(out, 0.4f + r.nextFloat() * 0.35f);
    }

    /**
     * The projective map taking the four points {@code from} to {@code to}: {a, b, c, d, e, f, g, h} with
     * x' = (ax + by + c) / (gx + hy + 1), y' = (dx + ey + f) / (gx + hy + 1).
     */
    static double[] homography(double[][] from, double[][] to) {
        double[][] m = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            m[2 * i] = new double[]{x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            m[2 * i + 1] = new double[]{0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int c = 0; c < 8; c++) { // Gauss–Jordan with partial pivoting
            int p = c;
            for (int i = c + 1; i < 8; i++) {
                if (Math.abs(m[i][c]) > Math.abs(m[p][c])) {
                    p = i;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            for (int i = 0; i < 8; i++) {
                if (i != c) {
                    double k = m[i][c] / m[c][c];
                    for (int j = c; j < 9; j++) {
                        m[i][j] -= k * m[c][j];
                    }
                }
            }
        }
        double[] out = new double[8];
        for (int i = 0; i < 8; i++) {
            out[i] = m[i][8] / m[i][i];
        }
        return out;
    }

    private static int bilinear(BufferedImage img, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(x0 + 1, img.getWidth() - 1);
        int y1 = Math.min(y0 + 1, img.getHeight() - 1);
        double fx = x - x0;
        double fy = y - y0;
        int[] p = {img.getRGB(x0, y0), img.getRGB(x1, y0), img.getRGB(x0, y1), img.getRGB(x1, y1)};
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double v = ((p[0] >> shift) & 0xFF) * (1 - fx) * (1 - fy) + ((p[1] >> shift) & 0xFF) * fx * (1 - fy)
                    + ((p[2] >> shift) & 0xFF) * (1 - fx) * fy + ((p[3] >> shift) & 0xFF) * fx * fy;
            out |= clamp(v) << shift;
        }
        return out;
    }

    private static BufferedImage boxBlur(BufferedImage src, int radius) {
        return radius == 0 ? src : PhonePhoto.box(src, radius);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}

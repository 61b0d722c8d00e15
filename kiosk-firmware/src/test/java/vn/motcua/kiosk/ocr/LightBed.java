package vn.motcua.kiosk.ocr;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A card lying on a light surface: a white desk, a light-grey scanner lid, a kiosk's pale camera well. The
 * bed is then only a few grey levels darker than the card's paper, and the card's edge shows only as that
 * small step and a thin shadow line on the sides away from the light (the card is 0.76 mm thick), with the
 * ID-1 card's rounded corners (3.18 mm radius). The generators' other beds are dark, which makes the edge
 * easy; real counter photos and scans are often like this. All its choices come from its own random, so a
 * card drawn without a bed is drawn exactly as before.
 */
public final class LightBed {
    /** ID-1 corner radius over card width: 3.18 mm / 85.60 mm. */
    private static final double CORNER = 3.18 / 85.60;

    private final Color bed;
    private final Color shadow;
    private final int shadowDx;
    private final int shadowDy;
    private final double[] margins;
    private final int falloff;

    private LightBed(Random r) {
        int paper = 240; // the generators' paper, guilloche and all, is about this grey
        int level = paper - 5 - r.nextInt(11);
        int warm = r.nextInt(7) - 3; // a desk or lid has its own faint tint
        bed = new Color(level + warm, level, Math.min(255, level - warm));
        int dark = level - 12 - r.nextInt(22);
        shadow = new Color(dark, dark, dark);
        shadowDx = (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(2));
        shadowDy = (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(2));
        margins = new double[]{0.02 + r.nextDouble() * 0.07, 0.02 + r.nextDouble() * 0.07,
                0.02 + r.nextDouble() * 0.07, 0.02 + r.nextDouble() * 0.07};
        falloff = r.nextInt(6);
    }

    /** A third of cards lie on a light bed; null for the others. The salt keeps the faces' choices apart. */
    public static LightBed forCard(long seed, int salt) {
        Random r = new Random(seed * 0x5DEECE66DL + salt * 1_000_003L + 77);
        return r.nextInt(3) == 0 ? new LightBed(r) : null;
    }

    /** The bed's colour, for a photo that fills its background before it draws the card. */
    public Color colour() {
        return bed;
    }

    /** A clean scan or photo: the card on the bed with a margin of 2-9 % of its width on each side. */
    public BufferedImage lay(BufferedImage card) {
        int w = card.getWidth();
        int h = card.getHeight();
        int left = (int) (w * margins[0]);
        int top = (int) (w * margins[1]);
        BufferedImage out = new BufferedImage(left + w + (int) (w * margins[2]), top + h + (int) (w * margins[3]),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            fill(g, out.getWidth(), out.getHeight());
            draw(g, card, AffineTransform.getTranslateInstance(left, top));
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * A photo's background and card: the card at {@code t} on {@code bed}, or, when there is none, on the generator's
     * usual dark bed {@code dark} (drawn exactly as before the light bed existed).
     */
    public static void photo(LightBed bed, Color dark, Graphics2D g, int w, int h, BufferedImage card, AffineTransform t) {
        if (bed != null) {
            bed.fill(g, w, h);
            bed.draw(g, card, t);
            return;
        }
        g.setColor(dark);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(card, t, null);
    }

    /** Fills the bed, a little lighter on one side as a lamp leaves it. */
    public void fill(Graphics2D g, int w, int h) {
        Color far = new Color(Math.max(0, bed.getRed() - falloff), Math.max(0, bed.getGreen() - falloff),
                Math.max(0, bed.getBlue() - falloff));
        g.setPaint(new GradientPaint(0, 0, bed, w, h, far));
        g.fillRect(0, 0, w, h);
    }

    /** Draws the card at {@code t} with its rounded corners and the thin shadow line it casts. */
    public void draw(Graphics2D g, BufferedImage card, AffineTransform t) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double r = card.getWidth() * CORNER * 2;
        Shape outline = new RoundRectangle2D.Double(0, 0, card.getWidth(), card.getHeight(), r, r);
        AffineTransform shifted = new AffineTransform(t);
        shifted.translate(shadowDx, shadowDy);
        g.setColor(shadow);
        g.fill(shifted.createTransformedShape(outline));
        Shape saved = g.getClip();
        g.setClip(t.createTransformedShape(outline));
        g.drawImage(card, t, null);
        g.setClip(saved);
    }
}

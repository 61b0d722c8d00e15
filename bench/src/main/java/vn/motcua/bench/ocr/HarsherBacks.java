package vn.motcua.bench.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.CardSide;
import vn.motcua.kiosk.ocr.LightBed;
import vn.motcua.kiosk.ocr.SyntheticCards;
import vn.motcua.kiosk.ocr.SyntheticFaces;

/**
 * Generator C, a tuning set only (never a figure of record): generator A's backs with the MRZ in another
 * monospaced face Debian ships, photographed worse than A's "degraded" (tilt up to ±3°, a smaller card,
 * a wider blur, noise σ 6–14, light falling off to 70 %, JPEG q 0.5–0.75); a third of them on a light bed
 * ({@link LightBed}) instead of the dark one; half of the 2024 backs in C's own, more varied layout
 * ({@link #varied2024}); half of the 2016 backs as the issued card prints them ({@link #make2016}). What the MRZ and back-field
 * readers are developed against, so that generator B stays unseen.
 */
final class HarsherBacks {
    private static final String[] MRZ_FONTS = {"Liberation Mono", "FreeMono", "DejaVu Sans Mono"};

    private HarsherBacks() {
    }

    static SyntheticCards.Card make(long seed, boolean degraded, CardModel model, CardSide side) {
        Random vary = new Random(seed * 104_729L + 2024); // its own, so that A's drawings below stay as they were
        if (model == CardModel.CAN_CUOC_2024 && vary.nextBoolean()) {
            return varied2024(seed, degraded, vary);
        }
        Random r = new Random(seed * 7919 + model.ordinal() * 3 + side.ordinal());
        String mrzFont = MRZ_FONTS[r.nextInt(MRZ_FONTS.length)];
        SyntheticCards.Card c = SyntheticFaces.make(seed + 100_000, SyntheticCards.Quality.CLEAN, model, side, mrzFont);
        LightBed bed = LightBed.forCard(seed, 100 + model.ordinal()); // a third on a light desk or lid
        BufferedImage img = degraded ? photograph(c.image(), r, bed)
                : OtherCards.jpeg(bed == null ? c.image() : bed.lay(c.image()), 0.85f);
        return new SyntheticCards.Card("C-" + (degraded ? "degraded" : "clean") + "-" + model + "-" + side + "-" + seed
                + "-" + mrzFont.replace(' ', '_'), c.fields(), img);
    }

    /**
     * The 2016 backs: half drawn closer to the issued card ({@link PrintedBacks2016}: its serif, the seal and the
     * blue signature over the date and the title), the rest as {@link ThirdBacks} draws them, chosen with a
     * random of its own so that those are drawn as before.
     */
    static OtherCards.Card make2016(long seed, boolean degraded) {
        Random vary = new Random(seed * 104_729L + 2016 + (degraded ? 7 : 0));
        vary.nextLong(); // the first draw of seeds this close runs alike (most cards one way)
        return vary.nextInt(2) == 0 ? PrintedBacks2016.make(seed, degraded, vary) : ThirdBacks.make(seed, degraded);
    }

    /**
     * Half of the 2024 backs in C's own layout ({@link ThirdMrzBacks}) with the spread of real cards added:
     * A's 2024 back prints every place on the label's row in one size and spacing, which the reader now
     * reads almost always, while real backs wrap long places over two or three rows.
     */
    private static SyntheticCards.Card varied2024(long seed, boolean degraded, Random vary) {
        OtherCards.Card c = ThirdMrzBacks.make(seed + 300_000, false, CardModel.CAN_CUOC_2024, vary);
        LightBed bed = LightBed.forCard(seed, 102);
        BufferedImage img = degraded ? photograph(c.image(), vary, bed)
                : OtherCards.jpeg(bed == null ? c.image() : bed.lay(c.image()), 0.85f);
        return new SyntheticCards.Card("C-" + (degraded ? "degraded" : "clean") + "-CAN_CUOC_2024-BACK-" + seed
                + "-varied", c.fields(), img);
    }

    private static BufferedImage photograph(BufferedImage src, Random r, LightBed bed) {
        double scale = 0.7 + r.nextDouble() * 0.3;
        int w = (int) (src.getWidth() * scale);
        int h = (int) (src.getHeight() * scale);
        int pad = (int) (w * 0.07);
        BufferedImage out = new BufferedImage(w + 2 * pad, h + 2 * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            AffineTransform t = new AffineTransform();
            t.translate(pad, pad);
            t.rotate(Math.toRadians((r.nextDouble() * 2 - 1) * 3.0), w / 2.0, h / 2.0);
            t.scale(scale, scale);
            LightBed.photo(bed, new Color(70, 72, 80), g, out.getWidth(), out.getHeight(), src, t);
        } finally {
            g.dispose();
        }
        int radius = 1 + r.nextInt(2);
        int size = radius * 2 + 1;
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        BufferedImage blurred = new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null)
                .filter(out, new BufferedImage(out.getWidth(), out.getHeight(), BufferedImage.TYPE_INT_RGB));
        double sigma = 6 + r.nextDouble() * 8;
        double light = 0.7 + r.nextDouble() * 0.2;
        boolean fromLeft = r.nextBoolean();
        for (int y = 0; y < blurred.getHeight(); y++) {
            for (int x = 0; x < blurred.getWidth(); x++) {
                int rgb = blurred.getRGB(x, y);
                double along = (double) y / blurred.getHeight() * 0.4 + (double) (fromLeft ? x : blurred.getWidth() - x) / blurred.getWidth() * 0.6;
                double shade = light + (1 - light) * along;
                double n = r.nextGaussian() * sigma;
                blurred.setRGB(x, y, (clamp(((rgb >> 16) & 0xFF) * shade + n) << 16)
                        | (clamp(((rgb >> 8) & 0xFF) * shade + n) << 8) | clamp((rgb & 0xFF) * shade + n));
            }
        }
        return OtherCards.jpeg(blurred, 0.5f + r.nextFloat() * 0.25f);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}

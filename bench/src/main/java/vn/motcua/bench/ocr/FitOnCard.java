package vn.motcua.bench.ocr;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * An issued card prints every field on the card: its last row (the place of residence) never runs off the bottom
 * edge. A drawn style (big labels, bilingual labels split over two rows, values under them, wide gaps) can add up to
 * more than the card's height; such a card is drawn with its field block shrunk, as a layout that fits would print it,
 * instead of a card whose residence is not on it (which no reader could read). The block is measured by drawing it
 * once with a copy of the card's random numbers on a scratch canvas, so cards that fit are drawn exactly as before.
 */
final class FitOnCard {
    /** The lowest baseline a row may have on the 630-unit-high card, leaving its descenders on the card. */
    static final double LAST_BASELINE = 612;

    private FitOnCard() {
    }

    /** The last baseline {@code block} draws, found by drawing it off the card with a copy of {@code r}. */
    static double lastBaseline(Graphics2D g, Random r, BiFunction<Graphics2D, Random, Integer> block) {
        Graphics2D scratch = scratch(g);
        try {
            return block.apply(scratch, copy(r));
        } finally {
            scratch.dispose();
        }
    }

    /** The scale that brings a block from {@code top} to {@code last} (its last baseline) on the card: 1 if it fits. */
    static double scale(double top, double last) {
        return last <= LAST_BASELINE || last <= top ? 1 : (LAST_BASELINE - top) / (last - top);
    }

    /** Shrinks what is drawn next by {@code f} about ({@code x}, {@code y}); returns the transform to restore. */
    static AffineTransform shrink(Graphics2D g, double f, double x, double y) {
        AffineTransform saved = g.getTransform();
        if (f < 1) {
            g.translate(x, y);
            g.scale(f, f);
            g.translate(-x, -y);
        }
        return saved;
    }

    /** A canvas off the card with the card's hints and scale, so text measures the same on it. */
    private static Graphics2D scratch(Graphics2D g) {
        Graphics2D s = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        s.setRenderingHints(g.getRenderingHints());
        s.setTransform(g.getTransform());
        return s;
    }

    /** The same sequence of random numbers from here on, leaving {@code r} untouched. */
    static Random copy(Random r) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(r);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (Random) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

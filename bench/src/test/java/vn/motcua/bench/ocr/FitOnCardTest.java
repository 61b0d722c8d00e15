package vn.motcua.bench.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FitOnCardTest {
    @Test
    void aBlockThatFitsIsDrawnAsBefore() {
        assertEquals(1.0, FitOnCard.scale(210, 600));
        assertEquals(1.0, FitOnCard.scale(210, FitOnCard.LAST_BASELINE));
    }

    @Test
    void aBlockRunningOffTheCardIsShrunkSoItsLastRowEndsOnIt() {
        double top = 210;
        double last = 660; // the residence's last row 30 units under the card's bottom edge
        double f = FitOnCard.scale(top, last);
        assertTrue(f < 1);
        assertEquals(FitOnCard.LAST_BASELINE, top + (last - top) * f, 1e-9);
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        AffineTransform saved = FitOnCard.shrink(g, f, 240, top);
        assertEquals(FitOnCard.LAST_BASELINE, g.getTransform().transform(new java.awt.geom.Point2D.Double(240, last), null).getY(), 1e-9);
        assertEquals(top, g.getTransform().transform(new java.awt.geom.Point2D.Double(240, top), null).getY(), 1e-9);
        g.setTransform(saved);
        assertTrue(g.getTransform().isIdentity());
    }

    @Test
    void theMeasuringPassUsesACopyOfTheRandomNumbersAndLeavesTheCardsUntouched() {
        Random r = new Random(302);
        double last = FitOnCard.lastBaseline(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics(), r,
                (g, copy) -> copy.nextInt(1000));
        assertEquals(new Random(302).nextInt(1000), (int) last);
        assertEquals(new Random(302).nextInt(1000), r.nextInt(1000)); // r itself not advanced
    }
}

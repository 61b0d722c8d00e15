package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The card found on the darker bed or on a light one by its straight edges, and a scan cut to the card taken whole. */
class CardFinderTest {
    private static void face(Graphics2D g, int x, int y, int w, int h) {
        // the card's paper shades from one tint to another, as the printed backgrounds do
        g.setPaint(new GradientPaint(x, y + h, new Color(236, 226, 222), x + w, y, new Color(228, 238, 246)));
        g.fillRect(x, y, w, h);
        g.setColor(new Color(30, 30, 40));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 24));
        for (int row = 0; row < 6; row++) {
            g.drawString("Ngày 14 tháng 10 năm 2019", x + 60, y + 80 + row * 70);
        }
    }

    /** A scan cut to the card, with {@code print} drawn over its face. */
    private static BufferedImage scanCutToTheCard(java.util.function.Consumer<Graphics2D> print) {
        BufferedImage img = new BufferedImage(1245, 785, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        face(g, 0, 0, 1245, 785);
        print.accept(g);
        g.dispose();
        return img;
    }

    @Test
    void aScanCutToTheCardIsTakenWhole() {
        assertThat(CardFinder.find(scanCutToTheCard(g -> { }))).isEqualTo(new Rectangle(0, 0, 1245, 785));
    }

    @Test
    void theCardOnADarkBedIsCut() {
        BufferedImage img = new BufferedImage(1300, 900, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(50, 50, 55));
        g.fillRect(0, 0, 1300, 900);
        face(g, 100, 80, 1100, 700);
        g.dispose();
        Rectangle card = CardFinder.find(img);
        assertThat(card.x).isBetween(98, 102);
        assertThat(card.y).isBetween(78, 82);
        assertThat(card.width).isBetween(1096, 1104);
    }

    /** A card of ID-1 shape (1100 × 694) on a bed {@code bedGrey}, its thin shadow line on the right and below. */
    private static BufferedImage onLightBed(int bedGrey) {
        BufferedImage img = new BufferedImage(1300, 900, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(bedGrey, bedGrey, bedGrey));
        g.fillRect(0, 0, 1300, 900);
        g.setColor(new Color(bedGrey - 25, bedGrey - 25, bedGrey - 25));
        g.fill(new RoundRectangle2D.Double(102, 82, 1100, 694, 80, 80));
        g.setClip(new RoundRectangle2D.Double(100, 80, 1100, 694, 80, 80));
        face(g, 100, 80, 1100, 694);
        g.dispose();
        return img;
    }

    private static void assertCardAt100x80(Rectangle card) {
        assertThat(card.x).isBetween(98, 103);
        assertThat(card.y).isBetween(78, 83);
        assertThat(card.width).isBetween(1094, 1104);
        assertThat(card.height).isBetween(688, 698);
    }

    @Test
    void theCardOnALightBedIsCutAtItsEdges() {
        // the bed only a few greys under the paper: no bed/card threshold; the whole image would keep the bed
        assertCardAt100x80(CardFinder.find(onLightBed(222)));
    }

    @Test
    void aPhotoOfTheCardOnALightBedIsCutThoughLitUnevenlyAndNoisy() {
        BufferedImage img = onLightBed(218);
        WritableRaster r = img.getRaster();
        Random noise = new Random(7);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                double shade = 0.8 + 0.2 * x / img.getWidth(); // a lamp on the right
                r.setSample(x, y, 0, (int) Math.max(0, Math.min(255, r.getSample(x, y, 0) * shade + noise.nextGaussian() * 8)));
            }
        }
        assertCardAt100x80(CardFinder.find(img));
    }

    @Test
    void aPrintedPanelWithAStraightEdgeIsNoCardEdgeWhenTheBoxWouldNotBeCardShaped() {
        BufferedImage img = scanCutToTheCard(g -> {
            g.setColor(new Color(218, 218, 218)); // a darker panel along the card's left side, as some faces print
            g.fillRect(0, 0, 240, 785);
        });
        assertThat(CardFinder.find(img)).isEqualTo(new Rectangle(0, 0, 1245, 785));
    }

    @Test
    void aWhiteSquareInThePrintIsNoEdge() {
        BufferedImage img = scanCutToTheCard(g -> {
            g.setColor(Color.WHITE); // the 2024 back's QR: a white square near the edge, a third of the card high
            g.fillRect(990, 30, 225, 225);
        });
        assertThat(CardFinder.find(img)).isEqualTo(new Rectangle(0, 0, 1245, 785));
    }

    @Test
    void onlyTheId1ShapeIsACard() {
        assertThat(LightBedEdges.cardShaped(856, 540)).isTrue();
        assertThat(LightBedEdges.cardShaped(1000, 630)).isTrue();
        assertThat(LightBedEdges.cardShaped(1042, 697)).isFalse(); // a card with the bed around it
        assertThat(LightBedEdges.cardShaped(757, 543)).isFalse();
        assertThat(LightBedEdges.cardShaped(969, 636)).as("the bed on one side").isFalse();
    }
}

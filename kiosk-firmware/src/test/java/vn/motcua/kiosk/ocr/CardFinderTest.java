package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The card found on the darker bed, and a scan cut to the card taken whole. */
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

    @Test
    void aScanCutToTheCardIsTakenWhole() {
        BufferedImage img = new BufferedImage(1245, 785, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        face(g, 0, 0, 1245, 785);
        g.dispose();
        assertThat(CardFinder.find(img)).isEqualTo(new Rectangle(0, 0, 1245, 785));
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
}

package vn.motcua.kiosk.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;

/** A card-sized grey image with one text drawn on it, for the votes' tests with real Tesseract. */
final class DrawnCard {
    private DrawnCard() {
    }

    /** The text in DejaVu Sans Bold at 30 px, black on light grey, its baseline starting at (x, y). */
    static BufferedImage with(String text, int x, int y) throws Exception {
        BufferedImage card = new BufferedImage(1200, 756, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(225, 225, 225));
        g.fillRect(0, 0, card.getWidth(), card.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try (InputStream in = DrawnCard.class.getResourceAsStream("/vn/motcua/kiosk/printer/DejaVuSans-Bold.ttf")) {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(30f));
        }
        g.setColor(Color.BLACK);
        g.drawString(text, x, y);
        g.dispose();
        return card;
    }
}

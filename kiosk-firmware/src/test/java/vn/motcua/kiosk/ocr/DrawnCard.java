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

    /**
     * A 2024 back's labelled rows in DejaVu Sans on pale paper, with no MRZ (a strip past reading): the residence over
     * two rows, the place of birth, the issue and the expiry date, each value beside or under its label.
     */
    static BufferedImage back2024(String residence1, String residence2, String placeOfBirth, String issue, String expiry) {
        BufferedImage card = new BufferedImage(1000, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(246, 244, 238));
        g.fillRect(0, 0, card.getWidth(), card.getHeight());
        g.setColor(new Color(25, 25, 30));
        Font label = new Font("DejaVu Sans", Font.PLAIN, 18);
        Font value = new Font("DejaVu Sans", Font.BOLD, 23);
        String[][] rows = {{"Nơi cư trú / Place of residence:", ""}, {"", residence1}, {"", residence2},
            {"Nơi đăng ký khai sinh / Place of birth:", ""}, {"", placeOfBirth},
            {"Ngày, tháng, năm cấp / Date of issue: ", issue}, {"Ngày, tháng, năm hết hạn / Date of expiry: ", expiry}};
        int y = 190;
        for (String[] row : rows) {
            g.setFont(label);
            g.drawString(row[0], 60, y);
            g.setFont(value);
            g.drawString(row[1], 60 + g.getFontMetrics(label).stringWidth(row[0]), y);
            y += 36;
        }
        g.dispose();
        return card;
    }
}

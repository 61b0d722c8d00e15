package vn.motcua.kiosk.printer;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Renders text with a Vietnamese-capable font into black-on-white images, one per wrapped line. */
final class TextRasterizer {

    private final Font font;

    TextRasterizer(Font font) {
        this.font = font;
    }

    /**
     * @param pixelSize font size in printer dots
     * @param maxWidth  the printable width in dots; longer text wraps at spaces
     * @return images as narrow as their text, so a short line costs few bytes on the wire
     */
    List<BufferedImage> render(String text, int pixelSize, int maxWidth) {
        Font sized = font.deriveFont((float) pixelSize);
        // Room above the cap height for stacked Vietnamese marks (Ễ, Ấ) and below for descenders.
        int baseline = Math.round(pixelSize * 1.1f);
        int height = Math.round(pixelSize * 1.4f);
        List<BufferedImage> lines = new ArrayList<>();
        for (String line : wrap(text, metrics(sized), maxWidth)) {
            int width = Math.min(maxWidth, metrics(sized).stringWidth(line) + 2);
            BufferedImage image = new BufferedImage(Math.max(width, 8), height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), height);
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(sized);
                g.drawString(line, 1, baseline);
            } finally {
                g.dispose();
            }
            lines.add(image);
        }
        return lines;
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
        return LineWrap.wrap(text, s -> metrics.stringWidth(s) + 2 <= maxWidth);
    }
}

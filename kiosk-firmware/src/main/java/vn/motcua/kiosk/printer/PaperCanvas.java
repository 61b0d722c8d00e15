package vn.motcua.kiosk.printer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** A strip of thermal paper that grows downwards as the renderer prints on it. */
final class PaperCanvas {

    private static final int BLACK = 0x000000;
    private static final int MARGIN = 8;

    private final int width;
    private BufferedImage image;
    private int y = MARGIN;

    PaperCanvas(int width) {
        this.width = width;
        this.image = blank(width, 2048);
    }

    int width() {
        return width;
    }

    int y() {
        return y;
    }

    void advance(int dots) {
        ensure(y + dots);
        y += dots;
    }

    void dot(int x, int yy) {
        if (x >= 0 && x < width) {
            ensure(yy + 1);
            image.setRGB(x, yy, BLACK);
        }
    }

    Graphics2D graphics(int height) {
        ensure(y + height);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        return g;
    }

    void cutMark() {
        ensure(y + 24);
        for (int x = 0; x < width; x += 12) {
            for (int i = 0; i < 6 && x + i < width; i++) {
                image.setRGB(x + i, y + 12, BLACK);
            }
        }
        y += 24;
    }

    BufferedImage finish() {
        return image.getSubimage(0, 0, width, Math.min(image.getHeight(), y + MARGIN));
    }

    private void ensure(int height) {
        if (height <= image.getHeight()) {
            return;
        }
        BufferedImage bigger = blank(width, Math.max(height, image.getHeight() * 2));
        Graphics2D g = bigger.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        image = bigger;
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}

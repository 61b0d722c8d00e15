package vn.motcua.server.dossier;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A stand-in "scan" for the demo citizen's earlier document: a page with its store name on it. */
final class DemoScan {
    private DemoScan() {
    }

    static byte[] png(String label) {
        BufferedImage page = new BufferedImage(420, 594, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            g.drawString("DEMO", 30, 60);
            g.drawString(label, 30, 100);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

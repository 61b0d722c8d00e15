package vn.motcua.kiosk.dossier;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A captured page as the JPEG that is uploaded (at most 1600 px a side) and as the screen's thumbnail. */
final class DocumentImages {
    private static final int CAPTURE_MAX_SIDE = 1600;
    private static final int THUMBNAIL_SIDE = 240;

    private DocumentImages() {
    }

    static byte[] jpeg(BufferedImage image) {
        double scale = Math.min(1.0, (double) CAPTURE_MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        return encode(image, (int) Math.round(image.getWidth() * scale), (int) Math.round(image.getHeight() * scale));
    }

    static byte[] thumbnail(byte[] jpeg) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
            double scale = (double) THUMBNAIL_SIDE / Math.max(img.getWidth(), img.getHeight());
            return encode(img, (int) (img.getWidth() * scale), (int) (img.getHeight() * scale));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(BufferedImage image, int w, int h) {
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(rgb, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

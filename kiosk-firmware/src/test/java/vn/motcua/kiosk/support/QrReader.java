package vn.motcua.kiosk.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * ZXing, the way a phone reads the ticket's QR. A phone sees the ticket at whatever distance it is held;
 * ZXing's detector, given one perfectly crisp rendering, misses some symbols (http://127.0.0.1:38394/t/1
 * at 9-dot modules, for one: ChecksumException at full and half size, read at a third). So the image is
 * tried at full size, then at a half and a third, before the QR counts as unreadable.
 */
public final class QrReader {
    private static final int[] SCALES = {1, 2, 3};

    private QrReader() {
    }

    public static String read(BufferedImage image) throws Exception {
        ReaderException last = null;
        for (int scale : SCALES) {
            try {
                return new QRCodeReader().decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(scaled(image, scale)))),
                        Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (ReaderException e) {
                last = e;
            }
        }
        throw new AssertionError("no readable QR code in the image at full, half or third size", last);
    }

    private static BufferedImage scaled(BufferedImage image, int scale) {
        if (scale == 1) {
            return image;
        }
        BufferedImage small = new BufferedImage(image.getWidth() / scale, image.getHeight() / scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, small.getWidth(), small.getHeight(), null);
        } finally {
            g.dispose();
        }
        return small;
    }
}

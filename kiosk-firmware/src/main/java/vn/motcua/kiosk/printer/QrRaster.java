package vn.motcua.kiosk.printer;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import java.awt.image.BufferedImage;
import java.util.Map;

/** A QR code as an image, for printers without GS ( k and for rendering GS ( k back. */
final class QrRaster {

    private static final int WHITE = 0xFFFFFF;

    BufferedImage render(String data, int moduleDots) {
        return render(data, moduleDots, ErrorCorrectionLevel.M);
    }

    BufferedImage render(String data, int moduleDots, ErrorCorrectionLevel level) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(data, level, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR data of " + data.length() + " characters", e);
        }
        int size = matrix.getWidth() * moduleDots;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = matrix.get(x / moduleDots, y / moduleDots) == 1;
                image.setRGB(x, y, dark ? 0 : WHITE);
            }
        }
        return image;
    }
}

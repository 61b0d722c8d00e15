package vn.motcua.kiosk.ocr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.detector.Detector;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * Whether a face prints a QR code in its upper half: of the two chip cards' backs only the 2024 one does (the 2021
 * card has its QR on the front), and the code's three finder squares stay found by ZXing's detector on a photo whose
 * print is too blurred or too pale for any label to be read. Found, not decoded: a code too blurred to decode still
 * tells the face.
 */
final class QrOnFace {
    private QrOnFace() {
    }

    static boolean inUpperHalf(BufferedImage card) {
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(card)));
            ResultPoint[] finders = new Detector(bitmap.getBlackMatrix()).detect(Map.of(DecodeHintType.TRY_HARDER, true)).getPoints();
            double meanY = 0;
            for (int i = 0; i < 3; i++) {
                meanY += finders[i].getY() / 3;
            }
            return meanY < card.getHeight() / 2.0;
        } catch (NotFoundException | FormatException e) {
            return false;
        }
    }
}

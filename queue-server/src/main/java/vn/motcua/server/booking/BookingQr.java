package vn.motcua.server.booking;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The booking's QR: it carries the phone page's address with the code ({@code …/dat-lich?ma=CODE}), so a
 * phone camera opens the booking and the kiosk's scanner reads the code from the {@code ma} parameter.
 */
public final class BookingQr {
    private BookingQr() {
    }

    public static String payload(String baseUrl, String code) {
        return baseUrl + "/dat-lich?ma=" + code;
    }

    public static byte[] png(String payload) {
        try {
            BitMatrix m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(m, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("QR encoding failed for a booking payload", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.motcua.bench.ocr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** A chip card's QR as the card prints it: the holder's facts encoded by ZXing, for generator D's {@code -Docr.dRealQr}. */
final class HolderQr {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("ddMMyyyy");

    private HolderQr() {
    }

    /** {@code number|old ID|name|ddMMyyyy|sex|residence|issue ddMMyyyy}, the old ID empty. */
    static String payload(String number, String name, LocalDate birth, boolean female, String residence, LocalDate issue) {
        return String.join("|", number, "", name, birth.format(DMY), female ? "Nữ" : "Nam", residence, issue.format(DMY));
    }

    /** The payload's code filling a square of {@code size} at (x, y), on white with a quiet margin of 6. */
    static void draw(Graphics2D g, int x, int y, int size, String payload) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("the QR payload does not encode: " + e.getMessage(), e);
        }
        g.setColor(Color.WHITE);
        g.fillRect(x - 6, y - 6, size + 12, size + 12);
        g.setColor(Color.BLACK);
        double unit = size / (double) m.getWidth();
        for (int i = 0; i < m.getHeight(); i++) {
            for (int j = 0; j < m.getWidth(); j++) {
                if (m.get(j, i)) {
                    int left = (int) Math.round(x + j * unit);
                    int top = (int) Math.round(y + i * unit);
                    g.fillRect(left, top, (int) Math.round(x + (j + 1) * unit) - left, (int) Math.round(y + (i + 1) * unit) - top);
                }
            }
        }
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import org.junit.jupiter.api.Test;

/** A face drawn at the size the reader works at (1200 px wide), a real QR code on it where the 2024 back prints one. */
class QrOnFaceTest {
    private static BufferedImage face(int qrX, int qrY) throws Exception {
        BufferedImage card = new BufferedImage(1200, 757, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(236, 232, 224));
        g.fillRect(0, 0, card.getWidth(), card.getHeight());
        g.setColor(new Color(40, 40, 40));
        g.drawString("Nơi cư trú / Place of residence: Xã Hợp Lý, Tỉnh Phú Thọ", 330, 90);
        g.drawString("IDVNM17005129380951700512930<<", 80, 620);
        if (qrX >= 0) {
            BitMatrix qr = new QRCodeWriter().encode("079203012345|Nguyễn Văn An|01012003", BarcodeFormat.QR_CODE, 220, 220);
            for (int y = 0; y < qr.getHeight(); y++) {
                for (int x = 0; x < qr.getWidth(); x++) {
                    if (qr.get(x, y)) {
                        g.fillRect(qrX + x, qrY + y, 1, 1);
                    }
                }
            }
        }
        g.dispose();
        // a photo's blur: two pixels either way
        float[] box = new float[25];
        java.util.Arrays.fill(box, 1f / 25);
        return new ConvolveOp(new Kernel(5, 5, box), ConvolveOp.EDGE_NO_OP, null).filter(card, null);
    }

    @Test
    void aQrInTheUpperHalfIsFoundThoughBlurred() throws Exception {
        assertThat(QrOnFace.inUpperHalf(face(60, 40))).isTrue();
    }

    @Test
    void aFaceWithoutAQrOrWithItLowHasNoneInItsUpperHalf() throws Exception {
        assertThat(QrOnFace.inUpperHalf(face(-1, 0))).isFalse();
        assertThat(QrOnFace.inUpperHalf(face(60, 540))).isFalse();
    }
}

package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A face drawn at the size the reader works at (1200 px wide), a real QR code on it where the 2024 back prints one. */
class QrOnFaceTest {
    /** The face of {@link CardQrTest} with its code 220 px wide at (x, y), none for x < 0, blurred two pixels either way. */
    private static BufferedImage face(int qrX, int qrY) throws Exception {
        return CardQrTest.face(qrX < 0 ? null : "back-2024", qrX, qrY, 220, 2);
    }

    @Test
    void aQrInTheUpperHalfIsFoundThoughBlurred() throws Exception {
        assertThat(QrOnFace.inUpperHalf(face(60, 40))).isTrue();
    }

    @Test
    void aFaceWithoutAQrOrWithItLowHasNoneInItsUpperHalf() throws Exception {
        assertThat(QrOnFace.inUpperHalf(face(-1, 0))).isFalse();
        assertThat(QrOnFace.inUpperHalf(face(60, 500))).isFalse();
    }
}

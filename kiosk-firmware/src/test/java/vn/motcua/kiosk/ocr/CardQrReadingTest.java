package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole faces read with real Tesseract, their QR a card's: {@code blackbox/id-back/can_cuoc_2024-clean-01.png} with a
 * code encoded by Debian's {@code qrencode} over its random modules ({@code card-qr/}), {@code
 * blackbox/id-front/cccd_2021-clean-01.png} with one at its right, and one of generator D's degraded
 * backs with its {@code -Docr.dRealQr} code ({@code ocr-regressions/}, seed 6300's card 6306: Noto Serif Display, its
 * print too blurred for any marker but "IDVNM", so once taken for the 2021 back).
 */
class CardQrReadingTest {
    private static IdCardOcr ocr;

    @BeforeAll
    static void reader() {
        ocr = new IdCardOcr();
    }

    /** The blackbox back with the code over its own QR's square, at the top right where that card prints it. */
    private static BufferedImage backWith(String code) throws Exception {
        BufferedImage card = ImageIO.read(CardQrReadingTest.class.getResource("/blackbox/id-back/can_cuoc_2024-clean-01.png"));
        BufferedImage qr = ImageIO.read(CardQrReadingTest.class.getResource("/card-qr/" + code + ".png"));
        Graphics2D g = card.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(900, 20, 212, 212);
        g.drawImage(qr, 906, 26, 196, 196, null);
        g.dispose();
        return card;
    }

    @Test
    void theFieldsTheCodeCarriesAreTakenFromItShownSure() throws Exception {
        IdCardReading reading = ocr.read(backWith("back-2024"));
        // the code's residence, not the one printed ("Tổ 7, Phường Bến Nghé, Huyện Củ Chi, …"): a test can tell them apart
        assertThat(reading.fields()).containsEntry("placeOfResidence", "Số 5 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh")
                .containsEntry("issueDate", "2025-01-10").containsEntry("expiryDate", "2041-05-09");
        assertThat(reading.toCheck()).doesNotContain("placeOfResidence", "issueDate");
        assertThat(reading.mrz().valid()).isTrue();
    }

    @Test
    void aCodeNamingAnotherPersonalNumberThanTheMrzGivesNothing() throws Exception {
        IdCardReading reading = ocr.read(backWith("never-expires"));
        assertThat(reading.fields()).containsEntry("placeOfResidence", "Tổ 7, Phường Bến Nghé, Huyện Củ Chi, Thành phố Hồ Chí Minh")
                .containsEntry("issueDate", "2025-01-10").containsEntry("expiryDate", "2041-05-09");
    }

    @Test
    void aFrontOf2021TakesTheFieldsItsCodeCarries() throws Exception {
        BufferedImage card = ImageIO.read(CardQrReadingTest.class.getResource("/blackbox/id-front/cccd_2021-clean-01.png"));
        Graphics2D g = card.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(790, 165, 160, 160);
        g.drawImage(ImageIO.read(CardQrReadingTest.class.getResource("/card-qr/front-2021.png")), 795, 170, 150, 150, null);
        g.dispose();
        IdCardReading reading = ocr.read(card);
        assertThat(reading.model()).isEqualTo(CardModel.CCCD_2021);
        assertThat(reading.fields()).containsEntry("placeOfResidence", "Số 5 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh")
                .containsEntry("number", "027179316079").containsEntry("name", "LÊ THỊ CƯỜNG").containsEntry("dateOfBirth", "1979-05-09")
                .containsEntry("sex", "Nữ").containsEntry("placeOfOrigin", "Xã Việt Hùng, Huyện Quế Võ, Tỉnh Bắc Ninh");
        assertThat(reading.toCheck()).doesNotContain("number", "name", "dateOfBirth", "sex", "placeOfResidence");
    }

    @Test
    void aBackWhosePrintToldNothingIsToldByItsCode() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-told-by-its-qr.jpg");
        assertThat(reading.model()).isEqualTo(CardModel.CAN_CUOC_2024);
        assertThat(reading.side()).isEqualTo(CardSide.BACK);
        assertThat(reading.fields()).containsEntry("placeOfResidence", "Ngõ 19 Trần Hưng Đạo, Phường Tích Sơn-Thành phố Phúc Yên-Tỉnh Vĩnh Phúc")
                .containsEntry("issueDate", "2024-09-13").containsEntry("expiryDate", "2035-11-29");
    }
}

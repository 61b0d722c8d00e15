package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.motcua.client.CentreTime;
import vn.motcua.kiosk.idcard.CccdFields;

/**
 * Faces drawn at the size the reader works at (1200 px wide) with a code encoded by Debian's {@code qrencode}, not by
 * ZXing ({@code card-qr/README.md}), where the card prints it.
 */
class CardQrTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), CentreTime.ZONE);
    private static final CardLayouts LAYOUTS = CardLayouts.builtIn();
    private static final CardLayout BACK_2024 = LAYOUTS.of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();
    private static final CardLayout BACK_2021 = LAYOUTS.of(CardModel.CCCD_2021, CardSide.BACK).orElseThrow();
    private static final CardLayout FRONT_2021 = LAYOUTS.of(CardModel.CCCD_2021, CardSide.FRONT).orElseThrow();

    /** A face with the code drawn {@code size} px wide at (x, y), blurred {@code blur} px either way as a photo is. */
    static BufferedImage face(String code, int x, int y, int size, int blur) throws Exception {
        BufferedImage card = new BufferedImage(1200, 757, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(236, 232, 224));
        g.fillRect(0, 0, card.getWidth(), card.getHeight());
        g.setColor(new Color(40, 40, 40));
        g.drawString("Nơi cư trú / Place of residence: Xã Hợp Lý, Tỉnh Phú Thọ", 330, 90);
        if (code != null) {
            BufferedImage qr = ImageIO.read(CardQrTest.class.getResource("/card-qr/" + code + ".png"));
            g.setColor(Color.WHITE);
            g.fillRect(x - 8, y - 8, size + 16, size + 16);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(qr, x, y, size, size, null);
        }
        g.dispose();
        return blurred(card, blur);
    }

    private static BufferedImage blurred(BufferedImage card, int blur) {
        if (blur == 0) {
            return card;
        }
        int side = 2 * blur + 1;
        float[] box = new float[side * side];
        java.util.Arrays.fill(box, 1f / box.length);
        return new ConvolveOp(new Kernel(side, side, box), ConvolveOp.EDGE_NO_OP, null).filter(card, null);
    }

    @Test
    void aCardsCodeGivesTheFieldsItCarriesAsThePrintWritesThem() throws Exception {
        CccdFields qr = CardQr.find(face("back-2024", 50, 45, 196, 0), BACK_2024, LAYOUTS.all(), CLOCK).fields();
        assertThat(qr.number()).isEqualTo("027181316079");
        assertThat(CardQr.values(qr, BACK_2024)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "placeOfResidence", "Số 5 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh",
                "issueDate", "2025-01-10",
                // born 1981-05-09, issued at 43: valid until her 60th birthday
                "expiryDate", "2041-05-09"));
        // the 2021 front prints the name in capitals and no expiry, which the QR does not carry
        assertThat(CardQr.values(qr, FRONT_2021)).containsEntry("name", "LÊ THỊ CƯỜNG").containsEntry("dateOfBirth", "1981-05-09")
                .containsEntry("sex", "Nữ").containsEntry("number", "027181316079").doesNotContainKey("expiryDate");
    }

    @Test
    void aCardIssuedAfterFiftyEightNeverExpires() throws Exception {
        CccdFields qr = CardQr.find(face("never-expires", 50, 45, 180, 0), BACK_2024, LAYOUTS.all(), CLOCK).fields();
        assertThat(CardQr.values(qr, BACK_2024)).containsEntry("expiryDate", "Không thời hạn").containsEntry("issueDate", "2024-08-14");
    }

    @Test
    void aBlurredCodeIsDecodedEnlarged() throws Exception {
        // 4 px a module, blurred two pixels either way: ZXing does not decode the face as it is
        BufferedImage card = face("back-2024", 50, 45, 196, 2);
        assertThatThrownBy(() -> new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(card))),
                Map.of(DecodeHintType.TRY_HARDER, true))).isInstanceOf(ReaderException.class);
        assertThat(CardQr.find(card, BACK_2024, LAYOUTS.all(), CLOCK).fields().issueDate()).isEqualTo(LocalDate.of(2025, 1, 10));
        // 3.5 px a module, blurred alike: found at three times its size and not decoded there, decoded at four
        assertThat(CardQr.find(face("back-2024", 50, 45, 172, 2), BACK_2024, LAYOUTS.all(), CLOCK).fields().issueDate())
                .isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void noCardsCodeGivesNothing() throws Exception {
        assertThat(CardQr.find(face("not-a-card", 50, 45, 132, 0), BACK_2024, LAYOUTS.all(), CLOCK)).isNull();
        assertThat(CardQr.find(face(null, 0, 0, 0, 0), BACK_2024, LAYOUTS.all(), CLOCK)).isNull();
        assertThat(CardQr.find(randomModules(), BACK_2024, LAYOUTS.all(), CLOCK)).isNull();
        assertThat(CardQr.find(randomModules(), null, LAYOUTS.all(), CLOCK)).isNull();
    }

    @Test
    void aFaceNothingToldOrToldAsThe2021BackIsTheOneThatPrintsItsCodeWhereItIs() throws Exception {
        BufferedImage blurred = face("back-2024", 50, 45, 196, 2);
        assertThat(CardQr.find(blurred, BACK_2021, LAYOUTS.all(), CLOCK).layout()).isEqualTo(BACK_2024);
        assertThat(CardQr.find(blurred, null, LAYOUTS.all(), CLOCK).layout()).isEqualTo(BACK_2024);
        // at the top right it is the 2021 front's
        assertThat(CardQr.find(face("back-2024", 960, 45, 196, 0), null, LAYOUTS.all(), CLOCK).layout()).isEqualTo(FRONT_2021);
        // the 2021 back with no card's code stays; a face that prints no QR and no MRZ is not looked at
        assertThat(CardQr.find(randomModules(), BACK_2021, LAYOUTS.all(), CLOCK)).isNull();
        CardLayout front2024 = LAYOUTS.of(CardModel.CAN_CUOC_2024, CardSide.FRONT).orElseThrow();
        assertThat(CardQr.find(face("back-2024", 50, 45, 196, 0), front2024, LAYOUTS.all(), CLOCK)).isNull();
    }

    @Test
    void aFaceToldAsOneThatPrintsAQrIsTheOneWhoseQrsPlaceHoldsTheCode() throws Exception {
        // told as the 2021 front, its code at the top left where the 2024 back prints it
        assertThat(CardQr.find(face("back-2024", 50, 45, 196, 0), FRONT_2021, LAYOUTS.all(), CLOCK).layout()).isEqualTo(BACK_2024);
        assertThat(CardQr.find(face("back-2024", 960, 45, 196, 0), FRONT_2021, LAYOUTS.all(), CLOCK).layout()).isEqualTo(FRONT_2021);
        // a code where no layout prints one (low on the face) leaves the face as told, and so does a face told with an MRZ
        assertThat(CardQr.find(face("back-2024", 500, 500, 196, 0), FRONT_2021, LAYOUTS.all(), CLOCK).layout()).isEqualTo(FRONT_2021);
        assertThat(CardQr.find(face("back-2024", 960, 45, 196, 0), BACK_2024, LAYOUTS.all(), CLOCK).layout()).isEqualTo(BACK_2024);
    }

    @Test
    void aLayoutsQrHoldsOnlyFieldsOfItsFaceThatACodeCarries() {
        CardLayout.Field place = BACK_2024.fields().get(0);
        CardLayout.Field birthPlace = BACK_2024.fields().get(1);
        assertThatThrownBy(() -> new CardLayout(CardModel.CAN_CUOC_2024, CardSide.BACK, List.of(), List.of(), List.of(place, birthPlace),
                null, null, new CardLayout.Qr(List.of("placeOfBirth"), 0, 0, 0.4, 0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placeOfBirth");
        assertThatThrownBy(() -> new CardLayout.Qr(List.of(), 0.5, 0, 0.4, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A code's three finder squares with random modules between, as generator D drew the QR before: no code decodes. */
    private static BufferedImage randomModules() {
        BufferedImage card = new BufferedImage(1200, 757, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, card.getWidth(), card.getHeight());
        g.setColor(Color.BLACK);
        Random r = new Random(7);
        int n = 33;
        int m = 6;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean finder = (i < 7 || i >= n - 7) && j < 7 || i < 7 && j >= n - 7;
                int a = i < 7 ? i : i - (n - 7);
                int b = j < 7 ? j : j - (n - 7);
                boolean on = finder ? a == 0 || a == 6 || b == 0 || b == 6 || a >= 2 && a <= 4 && b >= 2 && b <= 4 : r.nextBoolean();
                if (on) {
                    g.fillRect(50 + j * m, 45 + i * m, m, m);
                }
            }
        }
        g.dispose();
        return card;
    }
}

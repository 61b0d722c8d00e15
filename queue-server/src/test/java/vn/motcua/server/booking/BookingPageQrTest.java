package vn.motcua.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.TestCentre;

/** The booking page's QR the hall board shows: public, a PNG that a reader decodes to the page's address. */
class BookingPageQrTest {
    @Test
    void theQrOfTheBookingPageDecodesToItsAddress() throws Exception {
        try (TestCentre centre = new TestCentre()) {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(centre.url + "/dat-lich/qr.png")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
            int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            // the PNG is the symbol alone: read as such. ZXing's finder detector, given a pristine rendering, misses
            // some symbols: 328 of the 64,512 addresses http://127.0.0.1:<port>/dat-lich (ports 1024-65535), so this
            // test failed at random with the server's port; read as a pure barcode, all 64,512 decode
            String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            assertThat(text).isEqualTo(centre.url + "/dat-lich");
        }
    }
}

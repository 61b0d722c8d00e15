package vn.motcua.kiosk.booking;

import com.fasterxml.jackson.core.type.TypeReference;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;

/**
 * The QR a citizen who joined from the phone scans here to confirm arrival: the server's address of the day
 * ({@code …/xac-nhan?ma=CODE}, for device tokens only), drawn by this process so the page needs no QR code of
 * its own. Empty when the centre does not take remote tickets or the server is away.
 */
public final class EntranceQr {
    private final QueueClient server;

    public EntranceQr(QueueClient server) {
        this.server = server;
    }

    /** The PNG, base64, for a data: image on the home screen. */
    public Optional<String> png() {
        try {
            Map<String, Object> settings = server.call("GET", "/api/v1/remote/settings", null, new TypeReference<>() { });
            if (!Boolean.TRUE.equals(settings.get("enabled"))) {
                return Optional.empty();
            }
            Map<String, Object> entrance = server.call("GET", "/api/v1/remote/entrance", null, new TypeReference<>() { });
            return Optional.of(Base64.getEncoder().encodeToString(render(String.valueOf(entrance.get("url")))));
        } catch (QueueApiException e) {
            return Optional.empty();
        }
    }

    static byte[] render(String payload) {
        try {
            BitMatrix m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 220, 220, Map.of(EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(m, "png", out);
            return out.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("entrance QR could not be drawn", e);
        }
    }
}

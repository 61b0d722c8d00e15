package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.kiosk.support.QrReader;

/**
 * The ticket's QR reads back for many URLs, in every text and QR mode, with a line of Vietnamese marks right
 * under it. Not every symbol does: ZXing's detector misses http://127.0.0.1:38394/t/1 (a perfect rendering, at
 * most module sizes; see {@link QrReader}), which made KioskAppTest fail when the server got that port. Such
 * URLs are kept out of this test (the bare symbol at 9-dot modules reads at a third of its size).
 */
class TicketQrTest {
    private static final PrinterFonts FONTS = new PrinterFonts();

    @ParameterizedTest(name = "{0} mm, {1} text, {2} QR")
    @CsvSource({"58, udc, native", "80, udc, native", "58, udc, raster", "80, raster, raster", "58, codepage, native"})
    void theQrReadsBackForManyUrls(int paperMm, String text, String qr) throws Exception {
        int dots = paperMm == 58 ? 384 : 576;
        PrinterConfig config = new PrinterConfig("file", null, "unused", null, paperMm, dots, text,
                "codepage".equals(text) ? 52 : null, qr, null);
        EscPosEncoder encoder = new EscPosEncoder(config, FONTS);
        EscPosRenderer renderer = new EscPosRenderer(dots, FONTS);
        for (int i = 0; i < 12; i++) {
            String url = "http://127.0.0.1:" + (33000 + i * 2371) + "/t/" + (1 + i * 977);
            TicketContent ticket = new TicketContent("Trung tâm Phục vụ hành chính công", "Hộ tịch", "Civil status",
                    "A" + String.format("%04d", i + 1), "Người cao tuổi", ZonedDateTime.parse("2026-11-22T09:05:00+07:00"),
                    i, i * 3, url, "Cảm ơn quý khách");
            assertThat(QrReader.read(renderer.render(encoder.encode(TicketLayout.ticket(ticket))))).as(url).isEqualTo(url);
        }
    }
}

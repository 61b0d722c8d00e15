package vn.motcua.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.client.Json;
import vn.motcua.kiosk.printer.EscPosEncoder;
import vn.motcua.kiosk.printer.EscPosRenderer;
import vn.motcua.kiosk.printer.PrinterConfig;
import vn.motcua.kiosk.printer.PrinterFonts;
import vn.motcua.kiosk.support.Ocr;

/** The receipt on 58 and 80 mm paper, read back from the printed bytes: "HỒ SƠ" stays on one line; the look-up key is printed. */
class ReceiptTitleTest {
    private static final String KEY = "hq7m2rtx";

    @ParameterizedTest
    @CsvSource({"58, 384", "80, 576"})
    void theTitleNeverBreaksInsideHoSo(int paperMm, int dots) throws Exception {
        PrinterConfig config = Json.mapper().readValue("""
                {"transport": "file", "output": "unused", "paperWidthMm": %d, "dotsPerLine": %d, "textMode": "raster", "qrMode": "native"}
                """.formatted(paperMm, dots), PrinterConfig.class);
        ReceiptContent c = new ReceiptContent("UBND phường Suối Hoa", "H27.99-261201-0001", "Nguyễn Văn An", "********2345",
                "Chứng thực chữ ký", List.of("Tờ khai"), 1, OffsetDateTime.parse("2026-12-01T09:00:00+07:00"),
                OffsetDateTime.parse("2026-12-02T09:00:00+07:00"), "Quầy 3", "E0001", "http://127.0.0.1/hs/H27.99-261201-0001?k=" + KEY);
        PrinterFonts fonts = new PrinterFonts();
        BufferedImage paper = new EscPosRenderer(config.dotsPerLine(), fonts)
                .render(new EscPosEncoder(config, fonts).encode(ReceiptLayout.receipt(c)));
        String[] lines = Ocr.vietnamese(paper).lines().map(String::strip).filter(l -> !l.isEmpty()).toArray(String[]::new);
        assertThat(lines).contains("HỒ SƠ VÀ HẸN");
        assertThat(lines).noneMatch(l -> l.endsWith("HỒ") || l.startsWith("SƠ"));
        // the key the kiosk's look-up needs when the QR will not scan, printed under the QR
        assertThat(lines).contains(KEY);
    }

    @org.junit.jupiter.api.Test
    void theKeyIsTakenFromTheLookupUrlOnly() {
        assertThat(ReceiptLayout.lookupKey("http://h/hs/H27.99-261201-0001?k=" + KEY)).isEqualTo(KEY);
        assertThat(ReceiptLayout.lookupKey("http://h/hs/H27.99-261201-0001?k=" + KEY + "&x=1")).isEqualTo(KEY);
        assertThat(ReceiptLayout.lookupKey("http://h/hs/H27.99-261201-0001")).isNull();
        assertThat(ReceiptLayout.lookupKey("http://h/hs/H27.99-261201-0001?k=")).isNull();
    }
}
